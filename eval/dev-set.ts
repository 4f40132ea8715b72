import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One line of test/fixtures/dev-questions.jsonl. A "none" question has no document or phrase. */
const questionSchema = z
  .object({
    q: z.string().min(1),
    doc: z.string().nullable(),
    phrase: z.string().min(1).nullable(),
    style: z.enum(['paraphrase', 'typo', 'acronym', 'keywords', 'question', 'none']),
  })
  .strict()
  .refine((v) => (v.style === 'none') === (v.doc === null && v.phrase === null), {
    message: '"none" questions have doc and phrase null; the others have both',
  });

export type DevQuestion = z.infer<typeof questionSchema>;

export function readDevSet(path: string): DevQuestion[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, number }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${path}:${number}: not valid JSON (${(error as Error).message})`);
      }
      const parsed = questionSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${path}:${number}: ${parsed.error.issues[0]!.message}`);
      return parsed.data;
    });
}

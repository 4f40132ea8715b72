import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** How a question is put; "none" marks one the corpus cannot answer (a near miss). */
export const QUESTION_STYLES = ['paraphrase', 'conversational', 'keywords', 'acronym', 'typo', 'question', 'fact', 'fragment', 'none'] as const;

/**
 * One line of a question set (test/fixtures/questions/*.jsonl). `phrase` is verbatim text of the
 * passage that answers; `answer`, when given, the short verbatim answer inside that sentence —
 * what the shown excerpt should contain. A "none" question has no document, phrase or answer.
 */
const questionSchema = z
  .object({
    q: z.string().trim().min(1),
    doc: z.string().min(1).nullable(),
    phrase: z.string().trim().min(1).nullable(),
    answer: z.string().trim().min(1).nullable().optional(),
    style: z.enum(QUESTION_STYLES),
  })
  .strict()
  .refine((v) => (v.style === 'none' ? v.doc === null && v.phrase === null : v.doc !== null && v.phrase !== null), {
    message: '"none" questions have doc and phrase null; the others have both',
  })
  .refine((v) => v.style !== 'none' || v.answer == null, { message: 'a "none" question has no answer' });

export type DevQuestion = z.infer<typeof questionSchema> & {
  /** "file:line" of the question, for messages about it. */
  where: string;
};

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
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.length > 0 ? `field "${issue.path.join('.')}": ` : '';
        throw new Error(`${path}:${number}: ${field}${issue.message}`);
      }
      return { ...parsed.data, where: `${path}:${number}` };
    });
}

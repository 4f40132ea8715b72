import { acronymKey } from '../shared/text/name-keys.js';
import { isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import type { CuratedEntry, CuratedProblem } from './types.js';

const FIELDS = 'acronym, expansion, note, hide';

const text = (field: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is missing` : `${field} must be text`) })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} is longer than ${max} characters`);

const entrySchema = z
  .object({
    acronym: text('acronym', 20),
    expansion: text('expansion', 200).optional(),
    note: text('note', 500).optional(),
    hide: z.boolean({ error: 'hide must be true or false, without quotes' }).optional(),
  })
  .strict()
  .refine((entry) => entry.expansion !== undefined || entry.note !== undefined || entry.hide === true, {
    message: 'says nothing: give it an expansion, a note, or hide: true',
  });

export interface CuratedGlossary {
  entries: CuratedEntry[];
  problems: CuratedProblem[];
}

/**
 * corpus/glossary.yaml → validated entries. A malformed entry is reported with its line and
 * skipped; the others load: one typo in the team's file must not cost the bot its glossary.
 */
export function parseCuratedGlossary(source: string, file: string): CuratedGlossary {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const root = document.contents;
  const items = isSeq(root) ? (root.items as Node[]) : [];
  const itemAt = (offset: number) => items.find((item) => item.range && offset >= item.range[0] && offset <= item.range[2]);
  const problems: CuratedProblem[] = [];
  const broken = new Set<Node>();
  for (const error of document.errors) {
    // An error inside an entry is reported at the entry's first line: the YAML parser often
    // notices an unclosed quote only at the end of the file.
    const item = itemAt(error.pos[0]);
    if (item) broken.add(item);
    const line = lineAt(item?.range?.[0] ?? error.pos[0]);
    problems.push({ file, line, message: `${item ? 'entry skipped, ' : ''}not valid YAML: ${error.message.split('\n')[0]}` });
  }
  if (root === null) return { entries: [], problems };
  if (!isSeq(root)) {
    return { entries: [], problems: [...problems, { file, line: lineAt(root.range?.[0] ?? 0), message: `must be a list of entries ("- acronym: …"), fields: ${FIELDS}` }] };
  }
  const entries: CuratedEntry[] = [];
  for (const item of items) {
    if (broken.has(item)) continue;
    const line = lineAt(item.range?.[0] ?? 0);
    const parsed = entrySchema.safeParse(item.toJSON());
    if (!parsed.success) {
      problems.push({ file, line, message: `entry skipped, ${parsed.error.issues[0]!.message} (fields: ${FIELDS})` });
      continue;
    }
    const twin = entries.find((e) => acronymKey(e.acronym) === acronymKey(parsed.data.acronym) && e.expansion === parsed.data.expansion && e.hide === parsed.data.hide);
    if (twin) {
      problems.push({ file, line, message: `entry skipped, it repeats the entry on line ${twin.line}` });
      continue;
    }
    entries.push({ ...parsed.data, file, line });
  }
  return { entries, problems: problems.sort((a, b) => a.line - b.line) };
}

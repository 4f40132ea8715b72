import { acronymKey } from '../shared/text/name-keys.js';
import { isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { splitEntries, type EntrySource } from './split-entries.js';
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

/** One entry's YAML read on its own, or why it cannot be: an error stays inside its entry. */
type ReadEntry = { line: number; value: unknown } | { line: number; problem: string; wholeFile?: true };

const firstLine = (message: string) => message.split('\n')[0]!.trim();

function readEntry(entry: EntrySource): ReadEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(entry.text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => entry.line + lineCounter.linePos(offset).line - 1;
  const error = document.errors[0];
  // The YAML parser often notices an unclosed quote only where the entry ends: the problem is told
  // at the entry's first line, once, however many errors follow from it.
  if (error) return [{ line: entry.line, problem: `entry skipped: not valid YAML: ${firstLine(error.message)}` }];
  const root = document.contents;
  if (root === null) return [];
  if (!isSeq(root)) return [{ line: lineAt(root.range?.[0] ?? 0), problem: `file ignored: it must be a list of entries ("- acronym: …"), fields: ${FIELDS}`, wholeFile: true }];
  return (root.items as Node[]).map((item) => ({ line: lineAt(item.range?.[0] ?? 0), value: item.toJSON() }));
}

/**
 * corpus/glossary.yaml → validated entries. A malformed entry is reported with its line and
 * skipped; the others load: one typo in the team's file must not cost the bot its glossary. Each
 * entry is read on its own (split-entries.ts), so an unclosed quote cannot run on into the next.
 */
export function parseCuratedGlossary(source: string, file: string): CuratedGlossary {
  const problems: CuratedProblem[] = [];
  const entries: CuratedEntry[] = [];
  const read = splitEntries(source).flatMap(readEntry);
  const notAList = read.find((entry) => 'wholeFile' in entry);
  if (notAList && 'problem' in notAList) return { entries: [], problems: [{ file, line: notAList.line, message: notAList.problem }] };
  for (const entry of read) {
    if ('problem' in entry) {
      problems.push({ file, line: entry.line, message: entry.problem });
      continue;
    }
    const { line } = entry;
    const parsed = entrySchema.safeParse(entry.value);
    if (!parsed.success) {
      problems.push({ file, line, message: `entry skipped: ${parsed.error.issues[0]!.message} (fields: ${FIELDS})` });
      continue;
    }
    const twin = entries.find((e) => acronymKey(e.acronym) === acronymKey(parsed.data.acronym) && e.expansion === parsed.data.expansion && e.hide === parsed.data.hide);
    if (twin) {
      problems.push({ file, line, message: `entry skipped: it repeats the entry on line ${twin.line}` });
      continue;
    }
    entries.push({ ...parsed.data, file, line });
  }
  return { entries, problems: problems.sort((a, b) => a.line - b.line) };
}

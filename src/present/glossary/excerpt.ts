import { citationFor, notesFor, type CorpusDocument } from '../../corpus/index.js';
import { documentCitationText } from '../citation-text.js';
import type { Block, TextRun } from '../types.js';
import type { SentenceRef } from '../../glossary/index.js';

/**
 * A corpus sentence as a cited excerpt, verbatim, with `marks` (the acronym, its long form)
 * highlighted. Null when the document is not loaded — then there is nothing to cite.
 */
export function excerpt(ref: SentenceRef, marks: readonly string[], documents: ReadonlyMap<string, CorpusDocument>, label: string): Block | null {
  const document = documents.get(ref.doc);
  if (!document) return null;
  if (ref.passage === null) return outsideText(ref, marks, document, label);
  const passage = document.passages[ref.passage - 1];
  if (!passage) return null;
  return { type: 'excerpt', spans: marked(ref.sentence, marks), citation: citationFor(document, passage, notesFor(document, ref.sentence)), label };
}

/**
 * A sentence from a note, an author bio or a disclaimer: a citation names a passage, which such a
 * sentence is not in, so it is quoted in the text with its place said instead ("…, note 3",
 * "…, author bio") — still verbatim, still cited.
 */
function outsideText(ref: SentenceRef, marks: readonly string[], document: CorpusDocument, label: string): Block {
  return {
    type: 'text',
    spans: [{ text: `${label} (${ref.place}): “` }, ...marked(ref.sentence, marks), { text: `” — ${documentCitationText(document.meta)}, ${ref.place}` }],
  };
}

/** Split `text` into spans, each first occurrence of a mark (whole words only) marked. */
export function marked(text: string, marks: readonly string[]): TextRun[] {
  const ranges: [number, number][] = [];
  for (const mark of [...marks].sort((a, b) => b.length - a.length)) {
    const at = wordIndex(text, mark);
    if (at >= 0 && !ranges.some(([s, e]) => at < e && at + mark.length > s)) ranges.push([at, at + mark.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const spans: TextRun[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) spans.push({ text: text.slice(cursor, start) });
    spans.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) spans.push({ text: text.slice(cursor) });
  return spans;
}

function wordIndex(text: string, mark: string): number {
  if (mark === '') return -1;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + mark.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

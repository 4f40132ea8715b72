import { cleanBody } from './clean.js';
import { DocumentError, splitFrontMatter } from './front-matter.js';
import { markerIds, type LongNotes } from './footnote-markers.js';
import { indexNotes } from './notes.js';
import { buildPassages } from './passages.js';
import type { CorpusDocument } from './types.js';

export { DocumentError } from './front-matter.js';

/** One corpus file's text → a document (throws DocumentError for an unusable one). */
export function parseDocument(file: string, text: string): CorpusDocument {
  const { meta, body, bodyLine, titleLine } = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const cleaned = cleanBody(body, meta, bodyLine);
  const passages = buildPassages(file, cleaned.paragraphs, cleaned.isLongNote);
  if (passages.length === 0) {
    throw new DocumentError('no readable text left after cleaning: every line of the body was read as a heading, a note or boilerplate', bodyLine);
  }
  const referenced = new Set(passages.flatMap((p) => p.noteIds));
  const notes = indexNotes(cleaned.notes, referenced);
  return {
    file,
    meta,
    titleLine,
    sections: cleaned.sections,
    passages,
    notes,
    unresolvedMarkers: [...referenced].filter((id) => !Object.hasOwn(notes, id)),
    removed: cleaned.dropped.map(({ line, text, reason }) => ({ line, text, category: reason })),
  };
}

/** Notes cited by a piece of passage text, in order, skipping markers the source has no note for. */
export function notesFor(document: CorpusDocument, text: string) {
  return markerIds(text, hasNote(document)).flatMap((id) => (Object.hasOwn(document.notes, id) ? [document.notes[id]!] : []));
}

/** Whether the document has a note by this number: which long bracketed numbers are its markers. */
export function hasNote(document: Pick<CorpusDocument, 'notes'>): LongNotes {
  return (id) => Object.hasOwn(document.notes, id);
}

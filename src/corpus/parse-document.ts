import { cleanBody } from './clean.js';
import { splitFrontMatter } from './front-matter.js';
import { markerIds } from './footnote-markers.js';
import { indexNotes } from './notes.js';
import { buildPassages } from './passages.js';
import type { CorpusDocument } from './types.js';

export { DocumentError } from './front-matter.js';

/** One corpus file's text → a document (throws DocumentError for an unusable one). */
export function parseDocument(file: string, text: string): CorpusDocument {
  const { meta, body, bodyLine } = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const cleaned = cleanBody(body, meta, bodyLine);
  const passages = buildPassages(file, cleaned.paragraphs);
  const referenced = new Set(passages.flatMap((p) => p.noteIds));
  const notes = indexNotes(cleaned.notes, referenced);
  return {
    file,
    meta,
    sections: cleaned.sections,
    passages,
    notes,
    unresolvedMarkers: [...referenced].filter((id) => notes[id] === undefined),
  };
}

/** Notes cited by a piece of passage text, in order, skipping markers the source has no note for. */
export function notesFor(document: CorpusDocument, text: string) {
  return markerIds(text).flatMap((id) => (document.notes[id] ? [document.notes[id]] : []));
}

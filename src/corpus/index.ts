/** The corpus's one entry point: loading the papers, and the plain data and text helpers the other modules read them with. */
export { formatProblem, loadCorpus } from './load.js';
export { documentShape, shapeProblems, SHORT_WORDS, type DocumentShape } from './shape.js';
export { DocumentError, hasNote, notesFor, parseDocument } from './parse-document.js';
export { countWords, splitSentences } from './sentences.js';
export { bodyOf, lostWords } from './word-accounting.js';
export { PROSE_CATEGORIES, REMOVED_CATEGORIES, type RemovedCategory } from './removed-categories.js';
export { markerIds, withoutMarkers, type LongNotes } from './footnote-markers.js';
export { QUESTION_SPEAKER } from './transcript.js';
export { citationFor, type Citation, type CitedDocument } from './citation.js';
export type { Corpus, CorpusDocument, DocumentMeta, LoadProblem, Passage, RemovedText } from './types.js';

import { markerIds } from './footnote-markers.js';
import { hasNote } from './parse-document.js';
import type { CorpusDocument, LoadProblem } from './types.js';

/** What the loader made of one document, for `briefbot corpus check` and the warnings at start. */
export interface DocumentShape {
  file: string;
  passages: number;
  sections: number;
  notes: number;
  words: number;
  /** Lines taken out of the running text, by the loader's name for them. */
  removed: Record<string, number>;
  /** Passages that start inside a sentence: with a lower-case letter, or with closing punctuation. */
  midSentence: string[];
  /** Passages under SHORT_WORDS words. */
  short: string[];
  /** Notes no passage's marker points to. */
  unreferencedNotes: string[];
}

/** A passage shorter than this is a fragment to a reader; a few (a one-line answer in a transcript) are normal. */
export const SHORT_WORDS = 20;
/** Above this share of short passages, the document was probably cut at its line ends. */
const SHORT_SHARE = 0.25;
/**
 * More sections than this per passage: lines of wrapped paragraphs were probably taken for
 * headings (then nearly every passage has a heading of its own). A fact sheet whose bullets are
 * grouped under bold labels has many sections too, but fewer than passages.
 */
const SECTIONS_PER_PASSAGE = 0.9;
/** Ratios say little about a note-length text: a short fact sheet may have two headings for three passages. */
const MIN_PASSAGES_FOR_RATIOS = 8;
/**
 * A paper or two in five has a note whose marker the source itself dropped (a misnumbered note):
 * `corpus check` lists each one, but the start-up warns only when this share of the notes is cut
 * off, which is the loader losing markers rather than the source.
 */
const UNREFERENCED_SHARE = 0.2;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export function documentShape(document: CorpusDocument): DocumentShape {
  const removed: Record<string, number> = {};
  for (const line of document.removed) removed[line.category] = (removed[line.category] ?? 0) + 1;
  // A note may hang on a heading or on the byline (an acknowledgement): referenced all the same.
  const places = [...document.passages.map((passage) => passage.text), ...document.sections, ...document.removed.filter((line) => line.category !== 'note').map((line) => line.text)];
  const referenced = new Set(places.flatMap((text) => markerIds(text, hasNote(document))));
  return {
    file: document.file,
    passages: document.passages.length,
    sections: document.sections.length,
    notes: Object.keys(document.notes).length,
    words: document.passages.reduce((sum, passage) => sum + wordCount(passage.text), 0),
    removed,
    midSentence: document.passages.filter((passage) => /^[\p{Ll},;:)\]]/u.test(passage.text.trim())).map((passage) => passage.id),
    short: document.passages.filter((passage) => wordCount(passage.text) < SHORT_WORDS).map((passage) => passage.id),
    unreferencedNotes: Object.keys(document.notes).filter((id) => !referenced.has(id)),
  };
}

/**
 * What looks wrong in a document's shape: signs that the loader misread it (wrapped lines taken
 * for headings or paragraph ends, notes cut off from their markers). The document still loads.
 */
export function shapeProblems(shape: DocumentShape): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const warn = (message: string, advice: string) => problems.push({ file: shape.file, line: null, message, severity: 'warning', advice });
  const check = `run \`briefbot corpus check ${shape.file}\` and look at how its lines are wrapped`;
  if (shape.midSentence.length > 0) {
    warn(`${shape.midSentence.length} of ${shape.passages} passages start mid-sentence (first: ${shape.midSentence[0]})`, `answers may quote half a sentence; ${check}`);
  }
  if (shape.passages >= MIN_PASSAGES_FOR_RATIOS && shape.short.length / shape.passages > SHORT_SHARE) {
    warn(`${shape.short.length} of ${shape.passages} passages are under ${SHORT_WORDS} words`, `answers may be fragments; ${check}`);
  }
  if (shape.passages >= MIN_PASSAGES_FOR_RATIOS && shape.sections / shape.passages > SECTIONS_PER_PASSAGE) {
    warn(`${shape.sections} sections for ${shape.passages} passages`, `lines of paragraphs may have been read as headings; ${check}`);
  }
  if (shape.unreferencedNotes.length > 1 && shape.unreferencedNotes.length / shape.notes > UNREFERENCED_SHARE) {
    warn(`${shape.unreferencedNotes.length} notes are never referenced (first: ${shape.unreferencedNotes[0]})`, 'their markers may be missing from the text, so answers quote those passages without their sources');
  }
  return problems;
}

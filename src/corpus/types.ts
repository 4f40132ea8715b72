/** What the corpus loader makes of one paper. Plain data: no I/O, no platform types. */

/** Front matter of a document, validated (see front-matter.ts). */
export interface DocumentMeta {
  title: string;
  authors: string[];
  publisher: string | null;
  /** ISO date as precise as the text supports: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
  /** True when `published` was inferred from the text rather than printed in it. */
  publishedInferred: boolean;
  /**
   * Footnote markers whose notes the source itself lacks (front matter `notes_missing`): a gap a
   * reader has checked and recorded, so the loader does not warn about it on every start.
   */
  notesMissing: string[];
  url: string | null;
  kind: string;
}

/** A footnote or endnote: the primary source behind a claim. */
export interface Footnote {
  /** The note's number as printed ("12"). */
  id: string;
  text: string;
}

/** A piece of the body a person can read in chat: about 40–180 words, whole sentences. */
export interface Passage {
  /** Stable id: `<file>#<index>`. */
  id: string;
  /** Corpus file name, e.g. "tong-2022-configuring-us-japan-alliance.md". */
  doc: string;
  /** 1-based position among the document's passages. */
  index: number;
  /** The heading the passage sits under; null before the first heading. */
  section: string | null;
  /** The author's words verbatim, footnote markers ("[3]", "¹²") included. */
  text: string;
  /** Ids of the notes the passage's markers point to, in order of first appearance. */
  noteIds: string[];
  /** Who is speaking, in a transcript ("Prime Minister Kishida"); null in a written paper. */
  speaker?: string | null;
}

/**
 * A line of the source that is not the author's running text, kept with the reason it went so no
 * word is lost unaccounted: a byline, an author bio, a disclaimer, a running head, a caption…
 * Bios and disclaimers still define acronyms, so the glossary reads them.
 */
export interface RemovedText {
  /** 1-based line in the file. */
  line: number;
  text: string;
  /** The loader's name for what the line is: one of REMOVED_CATEGORIES (removed-categories.ts). */
  category: string;
}

export interface CorpusDocument {
  /** File name inside corpus/documents/. */
  file: string;
  meta: DocumentMeta;
  /** 1-based line of "title:" in the file. */
  titleLine: number;
  /** Section headings in reading order. */
  sections: string[];
  passages: Passage[];
  /** Notes by id. */
  notes: Record<string, Footnote>;
  /** Markers in the body whose note the source does not contain (reported, not fatal). */
  unresolvedMarkers: string[];
  /** Every line the loader took out of the running text, and why. */
  removed: RemovedText[];
}

/** A problem found while loading: the document is skipped, or (warning) loaded with a caveat. */
export interface LoadProblem {
  file: string;
  line: number | null;
  message: string;
  severity: 'error' | 'warning';
  /** What follows from it and what the reader can do, when the message alone does not say ("so …"). */
  advice?: string;
}

export interface Corpus {
  documents: CorpusDocument[];
  problems: LoadProblem[];
}

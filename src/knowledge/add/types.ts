/** What a file says about itself, before the project's front matter is decided (see compose.ts). */

/** A value read from the file, with where it was read, so the report can say what to check. */
export interface Found<T> {
  value: T;
  /** "PDF info Title", "meta citation_author", "front matter date"… */
  from: string;
}

export interface Hints {
  title?: Found<string>;
  authors?: Found<string[]>;
  /** ISO date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: Found<string>;
  publisher?: Found<string>;
  url?: Found<string>;
  kind?: Found<string>;
  /** Note numbers the project's own front matter records as missing: kept as they are. */
  notesMissing?: string[];
}

/** A file's text as the loader reads it (paragraphs separated by a blank line), and its hints. */
export interface Extracted {
  body: string;
  hints: Hints;
}

/** A file that cannot be added: the message names the file and what to do; `code` is the exit code. */
export class AddError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

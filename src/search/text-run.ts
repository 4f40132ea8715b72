/** A run of an excerpt's text; `marked` runs are the terms that matched the question. */
export interface TextRun {
  text: string;
  marked?: boolean;
}

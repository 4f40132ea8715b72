/**
 * Footnote markers in both styles the corpus uses: "[12]" and superscript "¹²".
 *
 * A number of up to three digits in brackets is always a marker. A longer one is a marker only in
 * a document whose notes run that far (`isLongNote`): "[2023]" in prose is a year, while in a
 * report with thousands of notes "[2023]" is note 2023. The document decides which, once, from its
 * note lines (see longNoteNumbers); the default knows no long notes, so text read without its
 * document keeps every bracketed year.
 */

/** Which numbers of four or more digits the document has notes for. */
export type LongNotes = (id: string) => boolean;

const NO_LONG_NOTES: LongNotes = () => false;
const SHORT = 3;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARKER_PATTERN = /\[(\d+)\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g;
const BRACKET_NOTE_LINE = /^\[(\d+)\]\s+(\S.*)$/;
const SUPERSCRIPT_NOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/;

function superscriptToDigits(text: string): string {
  return [...text].map((ch) => String(SUPERSCRIPT_DIGITS.indexOf(ch))).join('');
}

/** The note id a marker match stands for, or null for a bracketed number that is not a marker. */
function idOf(bracketed: string | undefined, superscript: string | undefined, isLongNote: LongNotes): string | null {
  if (bracketed === undefined) return superscriptToDigits(superscript ?? '');
  return bracketed.length <= SHORT || isLongNote(bracketed) ? bracketed : null;
}

/** Note ids referenced in `text`, in order of first appearance. */
export function markerIds(text: string, isLongNote: LongNotes = NO_LONG_NOTES): string[] {
  const ids = new Set<string>();
  for (const match of text.matchAll(MARKER_PATTERN)) {
    const id = idOf(match[1], match[2], isLongNote);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

/** The text with its markers removed, for indexing and matching. */
export function withoutMarkers(text: string, isLongNote: LongNotes = NO_LONG_NOTES): string {
  return text.replace(MARKER_PATTERN, (marker: string, bracketed?: string, superscript?: string) => (idOf(bracketed, superscript, isLongNote) === null ? marker : ''));
}

/** A note definition line: "[12] Source…" or "¹² Source…". */
export function parseNoteLine(line: string, isLongNote: LongNotes = NO_LONG_NOTES): { id: string; text: string } | undefined {
  const bracket = BRACKET_NOTE_LINE.exec(line);
  if (bracket && (bracket[1]!.length <= SHORT || isLongNote(bracket[1]!))) return { id: bracket[1]!, text: bracket[2]!.trim() };
  const superscript = SUPERSCRIPT_NOTE_LINE.exec(line);
  if (superscript) return { id: superscriptToDigits(superscript[1]!), text: superscript[2]!.trim() };
  return undefined;
}

/**
 * The long numbers (four digits or more) that are notes in a document: a note line "[1000] …"
 * that carries on the numbering of the note lines before it (999, or 1000 again: the repeated
 * number indexNotes repairs). A line opening with a bracketed year anywhere else is text.
 */
export function longNoteNumbers(lines: Iterable<string>): Set<string> {
  const long = new Set<string>();
  let last: number | null = null;
  for (const line of lines) {
    const bracket = BRACKET_NOTE_LINE.exec(line);
    if (!bracket) continue;
    const id = bracket[1]!;
    const n = Number(id);
    if (id.length <= SHORT) last = n;
    else if (last !== null && (n === last + 1 || n === last)) {
      long.add(id);
      last = n;
    }
  }
  return long;
}

/**
 * The body's lines → paragraphs ("units"), whatever width the text was wrapped at.
 *
 * Two layouts reach the loader: one paragraph per line (web captures, the shipped papers), and
 * paragraphs hard-wrapped at some width (PDF text, e-mail, HTML-to-Markdown converters: the White
 * House captures wrap at 72). In a hard-wrapped text a line ends a paragraph only where the next
 * line's first word would have fitted on it: a wrapper fills each line greedily, so a line short of
 * that was cut on purpose, and so was a line ending in a Markdown hard break. Measuring against the document's own width makes the reading the same
 * at any width, which is the invariant the loader is tested on (test/corpus/rewrap.test.ts).
 */

export interface SourceLine {
  /** The line as printed, trailing white space removed. */
  text: string;
  /** Its width as a wrapper measured it: a trailing non-breaking space is part of the word before it. */
  width: number;
  /** A Markdown hard line break ends it (two spaces, or a backslash): the writer broke the line on purpose. */
  hardBreak: boolean;
  /** 1-based line in the file. */
  line: number;
}

export interface Unit {
  /** The unit's lines joined by one space, runs of white space made one space. */
  text: string;
  /** 1-based line of its first line. */
  line: number;
  lines: SourceLine[];
  /**
   * A paragraph of its own: blank lines (or the body's ends) on both sides, or any line of a text
   * that prints one paragraph per line. A line split off inside a run of lines may be a sentence's
   * piece, so rules that remove whole paragraphs (a running head) leave it alone.
   */
  alone: boolean;
}

/** A line no longer than this may be a wrapped one: nobody wraps text wider. */
export const MAX_WRAP_WIDTH = 120;

/** Markers that open a new unit wherever they start a line: a list item, a Markdown heading, a note, a speaker. */
export const OPENS_UNIT = /^\s*(?:[-•*+]\s|\d{1,3}[.)]\s|#{1,6}\s|\[\d+\]\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S|Q[\s\u00a0]|Q:|(?:[A-Z][A-Z.'’-]*[\s\u00a0]+){0,3}[A-Z][A-Z.'’-]+:[\s\u00a0])/;

/** How many plain spaces and tabs end the text, counted from its end: a pattern such as / +$/ retries at every space of a long run. */
function trailingSpaces(text: string): number {
  let n = 0;
  while (n < text.length && (text[text.length - 1 - n] === ' ' || text[text.length - 1 - n] === '\t')) n++;
  return n;
}

/** What a wrapper measures: characters (UTF-16 units: the wrapped texts are in the basic plane). */
function width(text: string): number {
  return text.length - trailingSpaces(text);
}

/** A wrapper breaks lines only at plain spaces; a non-breaking space glues two words. */
function firstToken(text: string): string {
  let start = 0;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start++;
  const end = text.indexOf(' ', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Lines of at least two words: a single unbreakable token (a long address) says nothing of the width. */
function breakable(text: string): boolean {
  return /\S +\S/.test(text.trim());
}

/**
 * The width the document was wrapped at, or null when its paragraphs are one line each. Read from
 * the lines a wrapper filled: every line of a run of lines but its last. The width nine in ten of
 * them keep to is taken: it leaves out the odd longer line a wrapper could not break (a link with
 * its words, a heading printed whole), which would make every wrapped line look short. Taking a
 * width a little under the true one only misses a break a line was cut at on purpose close to the
 * margin; taking one over it would cut wrapped paragraphs apart.
 */
export function wrapWidth(lines: readonly SourceLine[]): number | null {
  const breakableLines = lines.filter((l) => breakable(l.text));
  if (breakableLines.length === 0) return null;
  // A few long lines (a table row, an unbreakable link with its words) do not make a text unwrapped.
  if (breakableLines.filter((l) => l.width > MAX_WRAP_WIDTH).length > breakableLines.length * 0.1) return null;
  const filled = lines
    .filter((l, i) => lines[i + 1] !== undefined && lines[i + 1]!.text.trim() !== '' && l.text.trim() !== '' && breakable(l.text))
    .map((l) => l.width)
    .filter((w) => w <= MAX_WRAP_WIDTH)
    .sort((a, b) => a - b);
  if (filled.length === 0) return null;
  return filled[Math.floor((filled.length - 1) * 0.9)]!;
}

export function splitUnits(body: string, firstLine: number): Unit[] {
  const lines: SourceLine[] = body.split('\n').map((text, i) => ({
    text: text.trimEnd().replace(/\\$/, ''),
    width: width(text),
    hardBreak: trailingSpaces(text) >= 2 || text.endsWith('\\'),
    line: firstLine + i,
  }));
  const width0 = wrapWidth(lines);
  const units: Unit[] = [];
  let current: SourceLine[] = [];
  let startsRun = true;
  const close = (endsRun: boolean) => {
    if (current.length > 0) {
      const text = current.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ');
      units.push({ text, line: current[0]!.line, lines: current, alone: width0 === null || (startsRun && endsRun) });
      startsRun = false;
    }
    current = [];
  };
  lines.forEach((source) => {
    if (source.text.trim() === '') {
      close(true);
      startsRun = true;
      return;
    }
    const previous = current[current.length - 1];
    if (previous !== undefined) {
      const fitted = width0 !== null && previous.width + 1 + width(firstToken(source.text)) <= width0;
      if (width0 === null || fitted || previous.hardBreak || OPENS_UNIT.test(source.text)) close(false);
    }
    current.push(source);
  });
  close(true);
  return units;
}

import { align } from './align-letters.js';
import { COUNTRY_PAIR, COUNTRY_PAIR_BEFORE, OF_COUNTRY_AT_END } from '../countries.js';
import { matchWords, type MatchWord } from './match-words.js';

/** Where a short or long form stands in its sentence, as offsets. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** Where a clause starts: a long form never reaches back over these. Commas may sit inside one. */
const BOUNDARY = /[()[\];:—–“”"]/g;

/**
 * The long form just before "(SF)" in `sentence`: the shortest run of words ending at the
 * parenthesis that the short form's characters can be read off, then widened to a country pair
 * that qualifies it ("US-Japan Economic Policy Consultative Committee").
 */
export function longFormBefore(sentence: string, parenStart: number, units: string): SentenceRange | null {
  const windowStart = lastBoundary(sentence, parenStart);
  const words = matchWords(sentence.slice(windowStart, parenStart), windowStart);
  const last = words.at(-1);
  if (!last) return null;
  const maxWords = Math.min(units.length + 5, units.length * 2);
  let shortest: number | undefined;
  for (let s = words.length - 1; s >= 0; s--) {
    if (spaceSeparated(sentence.slice(words[s]!.start, last.end)) > maxWords) break;
    if (words[s]!.stop) continue;
    if (shortest === undefined && readable(units, words.slice(s), sentence, windowStart)) {
      shortest = s;
      if (byInitials(units, words.slice(s))) break;
    } else if (shortest !== undefined && byInitials(units, words.slice(s))) {
      shortest = s;
      break;
    }
  }
  if (shortest !== undefined) return widen(sentence, { start: words[shortest]!.start, end: last.end }, windowStart);
  return rotated(sentence, words, units);
}

/**
 * Every character the first letter of a word, the words in a row: the strongest reading. The
 * shortest readable run can take two letters from one word — "Institute for Strategic Studies"
 * reads IISS off "In…i…" — where one more word reads it letter by letter: "International
 * Institute for Strategic Studies (IISS)".
 */
function byInitials(units: string, words: MatchWord[]): boolean {
  return align(units, words, { maxSkipped: 0, maxTrailing: 0, initialsOnly: true }) >= 0;
}

function readable(units: string, words: MatchWord[], sentence: string, windowStart: number): boolean {
  const options = { maxSkipped: 1, maxTrailing: words.length, initialsOnly: false };
  if (align(units, words, options) >= 0) return true;
  return swappedPairs(words, sentence, windowStart).some((swapped) => align(units, swapped, options) >= 0);
}

/** The same words with each "X-Y" country pair read as "Y-X". */
function swappedPairs(words: MatchWord[], sentence: string, windowStart: number): MatchWord[][] {
  const first = words[0];
  if (!first) return [];
  const text = sentence.slice(windowStart, words.at(-1)!.end);
  const out: MatchWord[][] = [];
  for (const pair of text.matchAll(COUNTRY_PAIR)) {
    const start = windowStart + pair.index;
    const hyphen = start + pair[0].indexOf('-');
    const end = start + pair[0].length;
    const left = words.filter((w) => w.start >= start && w.end <= hyphen);
    const right = words.filter((w) => w.start > hyphen && w.end <= end);
    const at = left[0] ? words.indexOf(left[0]) : -1;
    if (start < first.start || at < 0 || right.length === 0) continue;
    out.push([...words.slice(0, at), ...right, ...left, ...words.slice(at + left.length + right.length)]);
  }
  return out;
}

/** "Chief Technology Officer of the United States (USCTO)": the country's letters come first. */
function rotated(sentence: string, words: MatchWord[], units: string): SentenceRange | null {
  const last = words.at(-1);
  const text = sentence.slice(0, last?.end ?? 0);
  const match = OF_COUNTRY_AT_END.exec(text);
  if (!match || !last) return null;
  const ofStart = match.index;
  const country = words.filter((w) => w.start >= ofStart + match[0].indexOf(match[1]!));
  const before = words.filter((w) => w.end <= ofStart);
  for (let s = before.length - 1; s >= 0; s--) {
    if (before[s]!.stop) continue;
    const sequence = [...country, ...before.slice(s)];
    if (align(units, sequence, { maxSkipped: 0, maxTrailing: 0, initialsOnly: false }) >= 0) return { start: before[s]!.start, end: last.end };
  }
  return null;
}

function widen(sentence: string, span: SentenceRange, windowStart: number): SentenceRange {
  const match = COUNTRY_PAIR_BEFORE.exec(sentence.slice(windowStart, span.start));
  if (!match) return span;
  return { start: windowStart + match.index + match[0].indexOf(match[1]!), end: span.end };
}

function lastBoundary(sentence: string, before: number): number {
  let start = 0;
  for (const m of sentence.slice(0, before).matchAll(BOUNDARY)) start = m.index + 1;
  return start;
}

function spaceSeparated(text: string): number {
  return text.split(/\s+/).filter((part) => part !== '').length;
}

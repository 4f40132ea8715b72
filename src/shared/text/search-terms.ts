import { stemmer } from 'stemmer';
import { memoized } from './memo.js';
import { isSearchStopWord } from './stop-words.js';

/**
 * One tokenizer for passages and questions, so both sides agree on what a term is. It keeps the
 * policy vocabulary whole — "2+2", "R&D", "G7", "U.S." (→ "us") — and gives Japanese text
 * character bigrams, since Japanese has no spaces to split on.
 */

export interface SearchToken {
  /** The token as written (for marking matches in excerpts). */
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[&+.'’-][\p{L}\p{N}]+)*\.?/gu;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/gu;
/** One test per token: collecting CJK runs for every Latin word was a tenth of an answer's time. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;

export function tokensWithOffsets(text: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const raw = match[0];
    if (!CJK_CHAR.test(raw)) {
      tokens.push({ raw, start, end: start + raw.length });
      continue;
    }
    const cjk = [...raw.matchAll(CJK_RUN)];
    // Mixed Latin and Japanese ("ESPA経済安全保障"): Latin parts as words, Japanese as bigrams.
    let cursor = 0;
    for (const run of cjk) {
      const at = run.index ?? 0;
      if (at > cursor) tokens.push({ raw: raw.slice(cursor, at), start: start + cursor, end: start + at });
      const chars = [...run[0]];
      if (chars.length === 1) tokens.push({ raw: run[0], start: start + at, end: start + at + run[0].length });
      for (let i = 0; i + 1 < chars.length; i++) {
        const offset = start + at + chars.slice(0, i).join('').length;
        const pair = chars[i]! + chars[i + 1]!;
        tokens.push({ raw: pair, start: offset, end: offset + pair.length });
      }
      cursor = at + run[0].length;
    }
    if (cursor < raw.length) tokens.push({ raw: raw.slice(cursor), start: start + cursor, end: start + raw.length });
  }
  return tokens;
}

/** The raw tokens of a text, NFKC-normalised first; processTerm does the rest. */
function tokenize(text: string): string[] {
  return tokensWithOffsets(text.normalize('NFKC')).map((t) => t.raw);
}

/**
 * Month abbreviations as typed in chat ("nov 14") → the word the papers print. A Map: the key is
 * the user's word, and a plain object would answer "constructor" with Object's own function.
 */
const MONTHS: ReadonlyMap<string, string> = new Map([
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['jun', 'june'], ['jul', 'july'],
  ['aug', 'august'], ['sep', 'september'], ['sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
]);

/**
 * Ordinals written in digits ("2nd", "3rd") → the word the papers print ("second", "third"), as far
 * as ordinals are written out; "21st" stays as it is.
 */
const ORDINALS: ReadonlyMap<string, string> = new Map(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'].map(
    (word, i) => [`${i + 1}${['st', 'nd', 'rd'][i] ?? 'th'}`, word],
  ),
);

/**
 * "U.S." → "us", "R&D" → "r&d", "Japan’s" → "japan", "G-20" → "g20", "semiconductors" →
 * "semiconductor"; null for a stop word. Remembered: stemming every token of a large corpus was
 * most of the index build time, and the vocabulary is small.
 */
export const processTerm: (raw: string) => string | string[] | null = memoized(100_000, (raw) => processUncached(raw, NO_NAMES));

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The tokenizer of a corpus whose proper names (lower case, see corpus-names.ts) stay whole:
 * "Rapidus" → "rapidus", not the stem "rapidu" a typo away from "rapid". Passages and questions
 * must be read with the same names, so the index hands this one to both.
 */
export function termsKeepingNames(names: ReadonlySet<string>): (text: string) => string[] {
  if (names.size === 0) return terms;
  const process = memoized(100_000, (raw) => processUncached(raw, names));
  return (text) => termsWith(text, process);
}

function processUncached(raw: string, names: ReadonlySet<string>): string | string[] | null {
  let term = raw.normalize('NFKC').toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
  if (/^(?:[a-z]\.)+[a-z]?$/.test(`${term}.`) || /^(?:[a-z]\.)+[a-z]$/.test(term)) term = term.replace(/\./g, '');
  if (term === '' || isSearchStopWord(term)) return null;
  term = MONTHS.get(term) ?? ORDINALS.get(term) ?? term;
  // A decade as typed in chat ("the 90s") is the one the papers print ("the 1990s").
  if (/^[5-9]0s$/.test(term)) term = `19${term}`;
  if (/^[a-z]{1,6}-\d+$/.test(term)) return term.replace('-', ''); // G-20, COVID-19 stay one term
  if (term.includes('-')) {
    // A compound: index its parts, and the joined form so "co-operation" meets "cooperation". A
    // prefix on its own ("co") is a stop word, so it drops out of the parts.
    const parts = term.split('-').flatMap((part) => processUncached(part, names) ?? []);
    const joined = stemWord(term.replace(/-/g, ''), names);
    return [...new Set([...parts, joined])];
  }
  return stemWord(term, names);
}

function stemWord(term: string, names: ReadonlySet<string>): string {
  // Stem plain words only: acronyms with digits or symbols ("g7", "2+2", "r&d") and names stay as written.
  return /^[a-z]{4,}$/.test(term) && !names.has(term) ? stemmer(term) : term;
}

/** Japanese bigrams: one written word yields several, so each counts for less. */
export function isCjkTerm(term: string): boolean {
  return CJK_CHAR.test(term);
}

/** The processed terms of a text, in order, duplicates kept. */
export function terms(text: string): string[] {
  return termsWith(text, processTerm);
}

function termsWith(text: string, process: (raw: string) => string | string[] | null): string[] {
  return tokenize(text).flatMap((raw) => {
    const processed = process(raw);
    if (processed === null) return [];
    return Array.isArray(processed) ? processed : [processed];
  });
}

import { singular, undotted } from './acronym-tokens.js';
import { memoized } from './memo.js';
import { NAME_STOP_WORDS } from './stop-words.js';

/**
 * Keys that make lookups insensitive to case, punctuation and dots: "U.S." = "US", "R&D" =
 * "R and D", "two-plus-two" = "2+2", "Ministry of Economy, Trade, and Industry" = "Ministry of
 * Economy, Trade and Industry". Built once per term; compared as plain strings.
 */

/**
 * Number words a name may spell out for digits: "Group of Seven" (G7), "two-plus-two". A Map, not
 * an object literal: the words looked up are the user's and the papers', and "constructor" must
 * find nothing rather than Object's own member.
 */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'],
  ['eight', '8'], ['nine', '9'], ['ten', '10'], ['twenty', '20'],
]);

export interface KeyToken {
  word: string;
  start: number;
  end: number;
}

// Dotted initials are one word ("U.S." → "us"); "&" and "+" are words of their own.
const KEY_TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+|[&+＆＋]/gu;

/**
 * "U.S.-Japan R&D" → us, japan, r, and, d — with offsets, so a match can be marked in the text.
 * Remembered: the same sentences are tokenized once per glossary entry while the glossary is built.
 */
export const keyTokens: (text: string) => readonly KeyToken[] = memoized(20_000, keyTokensOf);

function keyTokensOf(text: string): KeyToken[] {
  const out: KeyToken[] = [];
  for (const m of text.matchAll(KEY_TOKEN)) {
    const raw = m[0].normalize('NFKC').toLowerCase().replace(/\./g, '');
    // "Japan’s" names Japan: the "s" after an apostrophe is not a word.
    if (raw === 's' && /[’'`]/.test(text.charAt(m.index - 1))) continue;
    const word = raw === '&' ? 'and' : raw === '+' ? 'plus' : (NUMBER_WORDS.get(raw) ?? raw);
    out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function keyWords(text: string): string[] {
  return keyTokens(text).map((token) => token.word);
}

export function contentWords(text: string): string[] {
  return keyWords(text).filter((word) => !NAME_STOP_WORDS.has(word));
}

/** A long form or alias as a phrase of content words: "ministry economy trade industry". */
export function contentKey(text: string): string {
  return contentWords(text).join(' ');
}

/**
 * A short form as one run of characters: "R&D", "R and D" → "rd"; "G-20" → "g20"; "U.S." → "us".
 * Only "and" is dropped, so an acronym that is itself a stop word ("ON") keeps its letters.
 */
export function shortKey(text: string): string {
  const words = keyWords(text);
  return (words.length > 1 ? words.filter((word) => word !== 'and') : words).join('');
}

/**
 * The key one acronym is compared by, plural and dots aside: "APIs" = "API", "U.S." = "US",
 * "R&D" = "R and D". Definitions, curated entries, lookups and questions all meet on it.
 */
export function acronymKey(shortForm: string): string {
  return shortKey(singular(undotted(shortForm)));
}

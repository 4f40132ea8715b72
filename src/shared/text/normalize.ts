/**
 * Keys that make lookups insensitive to case, punctuation and dots: "U.S." = "US", "R&D" =
 * "R and D", "two-plus-two" = "2+2", "Ministry of Economy, Trade, and Industry" = "Ministry of
 * Economy, Trade and Industry". Built once per term; compared as plain strings.
 */

/** Number words a name may spell out for digits: "Group of Seven" (G7), "two-plus-two". */
export const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', twenty: '20',
};

/** Words too common to tell two names apart ("Commercial Industrial" = "Commercial and Industrial"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'and', 'for', 'on', 'in', 'to', 'at', 'by', 'or']);

export interface KeyToken {
  word: string;
  start: number;
  end: number;
}

// Dotted initials are one word ("U.S." → "us"); "&" and "+" are words of their own.
const KEY_TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+|[&+＆＋]/gu;

/**
 * The same sentences are tokenized once per glossary entry while the glossary is built, so
 * results are remembered (capped: lookups bring new text too). Callers only read the arrays.
 */
const memo = new Map<string, readonly KeyToken[]>();
const MEMO_LIMIT = 20_000;

/** "U.S.-Japan R&D" → us, japan, r, and, d — with offsets, so a match can be marked in the text. */
export function keyTokens(text: string): readonly KeyToken[] {
  let tokens = memo.get(text);
  if (tokens === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    tokens = tokenize(text);
    memo.set(text, tokens);
  }
  return tokens;
}

function tokenize(text: string): KeyToken[] {
  const out: KeyToken[] = [];
  for (const m of text.matchAll(KEY_TOKEN)) {
    const raw = m[0].normalize('NFKC').toLowerCase().replace(/\./g, '');
    // "Japan’s" names Japan: the "s" after an apostrophe is not a word.
    if (raw === 's' && /[’'`]/.test(text.charAt(m.index - 1))) continue;
    const word = raw === '&' ? 'and' : raw === '+' ? 'plus' : (NUMBER_WORDS[raw] ?? raw);
    out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function keyWords(text: string): string[] {
  return keyTokens(text).map((token) => token.word);
}

export function contentWords(text: string): string[] {
  return keyWords(text).filter((word) => !STOP_WORDS.has(word));
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

import { splitSentences } from '../corpus/index.js';
import { processTerm, tokensWithOffsets } from '../shared/text/search-terms.js';

/** A token with its processed terms (the plain tokenizer, as excerpts mark words), read once. */
export interface ReadToken {
  raw: string;
  start: number;
  end: number;
  terms: readonly string[];
}

/** A passage as the excerpt reads it: its sentences, where each lies in the text, and their tokens. */
export interface ReadPassage {
  sentences: string[];
  /** [start, end) of each sentence in the text. */
  offsets: [number, number][];
  /** Each sentence's tokens, offsets in the text. */
  tokens: ReadToken[][];
  /** Whether they come from one pass over the whole text (see readPassage). */
  onePass: boolean;
}

/** The tokens of a text with their processed terms (offsets in that text). */
export function readTokens(text: string): ReadToken[] {
  return tokensWithOffsets(text).map((token) => ({ raw: token.raw, start: token.start, end: token.end, terms: processed(token.raw) }));
}

function processed(raw: string): string[] {
  const result = processTerm(raw);
  if (result === null) return [];
  return Array.isArray(result) ? result : [result];
}

/**
 * The passage's sentences, read from one pass over its text. Tokens never hold a space, and
 * sentences are parted by spaces (or follow a Japanese full stop, which no token holds), so a
 * token of the whole text that lies inside a sentence's bounds is the token the sentence read
 * alone has; reading every sentence, then the excerpt, on its own cost a fifth of an answer's time.
 * Should a token ever lie across a sentence's bounds or between sentences, each sentence is read
 * alone, as before.
 */
export function readPassage(text: string): ReadPassage {
  const sentences = splitSentences(text);
  const offsets = sentenceOffsets(text, sentences);
  const onePass = tokensBySentence(text, offsets);
  if (onePass !== null) return { sentences, offsets, tokens: onePass, onePass: true };
  return { sentences, offsets, tokens: sentences.map((sentence, i) => readTokens(sentence).map((token) => shifted(token, offsets[i]![0]))), onePass: false };
}

/** The tokens of `excerpt`, the passage's text from sentence `from` to sentence `to`, offsets in the excerpt. */
export function excerptTokens(passage: ReadPassage, excerpt: string, from: number, to: number): ReadToken[] {
  if (!passage.onePass) return readTokens(excerpt);
  const start = passage.offsets[from]![0];
  return passage.tokens.slice(from, to + 1).flatMap((tokens) => tokens.map((token) => shifted(token, -start)));
}

function shifted(token: ReadToken, by: number): ReadToken {
  return { raw: token.raw, start: token.start + by, end: token.end + by, terms: token.terms };
}

/** Where each sentence starts and ends in the text it was split from. */
function sentenceOffsets(text: string, sentences: readonly string[]): [number, number][] {
  let cursor = 0;
  return sentences.map((sentence) => {
    const start = text.indexOf(sentence, cursor);
    cursor = start + sentence.length;
    return [start, cursor];
  });
}

/** Each sentence's tokens from one pass over the text, or null when a token lies outside one sentence. */
export function tokensBySentence(text: string, offsets: readonly [number, number][]): ReadToken[][] | null {
  if (offsets.some(([start]) => start < 0)) return null;
  const bySentence: ReadToken[][] = offsets.map(() => []);
  let at = 0;
  for (const token of readTokens(text)) {
    while (at < offsets.length && token.start >= offsets[at]![1]) at++;
    if (at === offsets.length || token.start < offsets[at]![0] || token.end > offsets[at]![1]) return null;
    bySentence[at]!.push(token);
  }
  return bySentence;
}

import { isSearchStopWord } from '../shared/text/stop-words.js';

/**
 * Words that point back at something said before: "when was *it* launched", "who attended
 * *that*". Pronouns and demonstratives of English, not words of these papers.
 */
const BACK_REFERENCES = new Set(['it', 'its', "it's", 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those', 'he', 'him', 'his', 'she', 'her', 'there', 'then', 'same']);

/** Openings that continue a conversation: "and who chairs it", "what about Japan's side". */
const CONTINUATIONS = /^(and|also|so|but|then|what about|how about|and what about)\b/i;

/** A follow-up names at most this many words of its own beyond stop words. */
const MAX_OWN_WORDS = 3;

/**
 * Does a question name a topic of its own, or lean on the one before? A follow-up is short, has no
 * name of its own (no acronym, no capitalised name past the first word, nothing quoted) and
 * points back ("it", "that", "they") or continues ("and…", "what about…"). Such a question is read
 * together with the conversation's earlier question; anything else is searched on its own.
 */
export function isFollowUp(question: string): boolean {
  const words = question.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length === 0) return false;
  if (/["“”]/.test(question)) return false;
  const namesSomething = words.some((word, i) => /\p{Lu}.*\p{Lu}/u.test(word) || (i > 0 && /^\p{Lu}/u.test(word)));
  if (namesSomething) return false;
  const lower = words.map((word) => word.toLowerCase().replace(/’/g, "'"));
  const own = lower.filter((word) => !isSearchStopWord(word) && !BACK_REFERENCES.has(word));
  if (own.length > MAX_OWN_WORDS) return false;
  return lower.some((word) => BACK_REFERENCES.has(word)) || CONTINUATIONS.test(question.trim()) || own.length === 0;
}

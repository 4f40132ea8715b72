import { editDistance } from '../../shared/text/edit-distance.js';
import { contentKey, contentWords, shortKey } from '../../shared/text/name-keys.js';
import type { Glossary, GlossaryEntry } from '../types.js';

/**
 * The entries closest to a term that matched nothing exactly: by edit distance to a short or long
 * form, relative to length, or by shared words for a phrase ("semiconductor technology center" →
 * NSTC, LSTC). Nothing is suggested when nothing is reasonably close — a random list is noise.
 */
export function nearest(glossary: Glossary, term: string, limit: number): GlossaryEntry[] {
  const short = shortKey(term);
  const content = contentKey(term);
  const words = new Set(contentWords(term));
  const scored = glossary.entries.map((entry) => ({ entry, score: score(entry, short, content, words) }));
  return scored
    .filter(({ score }) => score <= 0.5)
    .sort((a, b) => a.score - b.score || a.entry.acronym.localeCompare(b.entry.acronym))
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/** 0 is identical, 1 is nothing in common. */
function score(entry: GlossaryEntry, short: string, content: string, words: ReadonlySet<string>): number {
  let best = 1;
  if (short !== '') {
    for (const form of [entry.acronym, ...entry.spellings, ...entry.misspellings]) {
      const key = shortKey(form);
      best = Math.min(best, editDistance(short, key) / Math.max(short.length, key.length));
    }
  }
  for (const name of [...entry.longForms, ...entry.aliases.map((a) => a.text), ...(entry.curated?.expansion ? [entry.curated.expansion] : [])]) {
    const key = contentKey(name);
    if (content !== '') best = Math.min(best, editDistance(content, key) / Math.max(content.length, key.length));
    if (words.size >= 2) {
      const nameWords = new Set(key.split(' '));
      const shared = [...words].filter((word) => nameWords.has(word)).length;
      best = Math.min(best, 1 - shared / Math.max(words.size, nameWords.size) + 0.1);
    }
  }
  return best;
}

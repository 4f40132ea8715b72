import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { LOOKUP_MEMORY, Vocabulary } from '../../src/search/vocabulary.js';
import { terms } from '../../src/shared/text/search-terms.js';
import { realKnowledge } from '../support/corpus.js';

/** The seed papers' terms, in a vocabulary that remembers `memory` look-ups of each kind. */
function seedVocabulary(memory?: number): { vocabulary: Vocabulary; words: string[] } {
  const vocabulary = new Vocabulary(memory);
  const words = [...new Set(realKnowledge().corpus.documents.flatMap((document) => document.passages.flatMap((passage) => terms(passage.text))))];
  for (const word of words) vocabulary.add(word);
  vocabulary.freeze();
  return { vocabulary, words };
}

/** Question terms as typed: exact terms, stems with longer forms, typos, unknown words. */
const ASKED = ['econom', 'economi', 'semicondutor', 'export', 'expor', 'chip', 'rapidus', 'jucip', 'us', 'japan', 'secur', 'securiti', 'zzzz', 'meti', 'cooper'];

describe('Vocabulary look-ups', () => {
  it('answer as a new SearchableMap look-up does, asked once or again, with a memory of any size', () => {
    for (const memory of [undefined, 2]) {
      const { vocabulary, words } = seedVocabulary(memory);
      const fresh = SearchableMap.from(words.map((word, id): [string, number] => [word, id]));
      for (const round of [1, 2]) {
        for (const term of ASKED) {
          expect(vocabulary.withPrefix(term), `${term}, round ${round}`).toEqual([...fresh.atPrefix(term).keys()]);
          for (const distance of [1, 2]) expect(vocabulary.near(term, distance), `${term} ~${distance}, round ${round}`).toEqual([...fresh.fuzzyGet(term, distance)].map(([word, [, d]]) => [word, d]));
        }
      }
    }
  });

  it('remember at most the look-ups their memory holds', () => {
    const { vocabulary } = seedVocabulary(3);
    for (const term of ASKED) {
      vocabulary.withPrefix(term);
      vocabulary.near(term, 1);
      const { prefix, near } = vocabulary.remembered;
      expect(prefix).toBeLessThanOrEqual(3);
      expect(near).toBeLessThanOrEqual(3);
    }
    expect(vocabulary.remembered.near).toBeGreaterThan(0);
  });

  it('forget the look-up used least recently when full, keeping the ones asked again', () => {
    const { vocabulary } = seedVocabulary(2);
    const [japan, export1] = [vocabulary.withPrefix('japan'), vocabulary.withPrefix('export')];
    const typo = vocabulary.near('econimic', 1);
    // "japan" asked again is the most recent: "chip" pushes out "export", not everything.
    expect(vocabulary.withPrefix('japan')).toBe(japan);
    vocabulary.withPrefix('chip');
    expect(vocabulary.remembered.prefix).toBe(2);
    expect(vocabulary.withPrefix('japan')).toBe(japan);
    const again = vocabulary.withPrefix('export');
    expect(again).not.toBe(export1);
    expect(again).toEqual(export1);
    expect(vocabulary.near('econimic', 1)).toBe(typo);
  });

  it('remember one look-up for every ten terms of a large vocabulary, and no more', () => {
    const vocabulary = new Vocabulary();
    const words = Array.from({ length: 20 * LOOKUP_MEMORY }, (_, i) => `term${i}`);
    for (const word of words) vocabulary.add(word);
    vocabulary.freeze();
    const limit = 2 * LOOKUP_MEMORY;
    for (const word of words.slice(0, limit)) vocabulary.withPrefix(word);
    expect(vocabulary.remembered.prefix).toBe(limit);
    vocabulary.withPrefix(words[limit]!);
    expect(vocabulary.remembered.prefix).toBeLessThanOrEqual(limit);
  });
});

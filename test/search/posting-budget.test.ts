import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/search-index.js';
import { realKnowledge } from '../support/corpus.js';

/*
 * At scale the index query sends only the rarest terms (options.postingBudget). What it leaves out
 * must still count: a question word is known when the vocabulary has it in some form, and a
 * left-out variant a candidate passage has still covers its question word.
 */
const documents = realKnowledge().corpus.documents;
const full = new SearchIndex(documents);
// A budget of one posting: only the rarest planned term reaches MiniSearch.
const starved = new SearchIndex(documents, { postingBudget: 1 });

describe('the posting budget', () => {
  it.each([['econimic coercion'], ['jucip economic security'], ['critical minerls supply']])('leaves the coverage of the candidates of "%s" as it was', (question) => {
    const coverageInFull = new Map(full.find(question, 30).map((hit) => [hit.passage.id, hit.coverage]));
    const both = starved.find(question, 30).filter((hit) => coverageInFull.has(hit.passage.id));
    expect(both.length).toBeGreaterThan(0);
    for (const hit of both) expect(hit.coverage, hit.passage.id).toBeCloseTo(coverageInFull.get(hit.passage.id)!, 10);
  });

  it('reports no typo or common word as unknown because it was not sent', () => {
    for (const question of ['econimic coercion', 'jucip economic security', 'critical minerls supply']) expect(starved.find(question, 1)[0]!.unknownWords).toEqual([]);
    expect(starved.find('jucip zqxwv', 1)[0]!.unknownWords).toEqual(['zqxwv']);
  });
});

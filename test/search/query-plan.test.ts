import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/search/query-plan.js';
import { prefixWeight, typoWeight, variantsOf } from '../../src/search/term-variants.js';
import { Vocabulary } from '../../src/search/vocabulary.js';

/** A vocabulary where each term is in `passages` passages' text. */
function vocabularyOf(frequencies: Record<string, number>): Vocabulary {
  const vocabulary = new Vocabulary();
  for (const [term, passages] of Object.entries(frequencies)) {
    const id = vocabulary.add(term);
    for (let i = 0; i < passages; i++) vocabulary.count(id, true);
  }
  vocabulary.freeze();
  return vocabulary;
}

const ALL = { prefix: true, maxDistance: 1, limit: Infinity };

describe('variantsOf', () => {
  const vocabulary = vocabularyOf({ semiconductor: 3, semiconductors: 2, semicon: 1, econom: 50, economi: 0, economy: 4 });

  it('finds the term, its longer forms and its one-edit typos, each with MiniSearch weight', () => {
    const [exact, ...longer] = variantsOf('semicon', vocabulary, ALL);
    expect(exact).toEqual({ term: 'semicon', weight: 1, kind: 'exact' });
    expect(longer.sort((a, b) => a.term.localeCompare(b.term))).toEqual([
      { term: 'semiconductor', weight: prefixWeight('semicon', 'semiconductor'), kind: 'prefix' },
      { term: 'semiconductors', weight: prefixWeight('semicon', 'semiconductors'), kind: 'prefix' },
    ]);
    expect(variantsOf('econon', vocabulary, ALL)).toEqual([{ term: 'econom', weight: typoWeight('econom', 1), kind: 'typo' }]);
  });

  it('counts a term that is both a longer form and a typo as a longer form', () => {
    expect(variantsOf('econom', vocabulary, ALL).filter((v) => v.term === 'economi')).toEqual([{ term: 'economi', weight: prefixWeight('econom', 'economi'), kind: 'prefix' }]);
  });

  it('keeps only the best weighted variants beside the term itself', () => {
    const kept = variantsOf('semicon', vocabulary, { ...ALL, limit: 1 });
    expect(kept.map((v) => v.term)).toEqual(['semicon', 'semiconductor']);
  });

  it('looks up no typos without a distance and no longer forms without prefixes', () => {
    expect(variantsOf('econon', vocabulary, { ...ALL, maxDistance: 0 })).toEqual([]);
    expect(variantsOf('semicon', vocabulary, { ...ALL, prefix: false, maxDistance: 0 }).map((v) => v.term)).toEqual(['semicon']);
  });
});

describe('planQuery', () => {
  const vocabulary = vocabularyOf({ jucip: 2, econom: 90, economi: 1, semiconductor: 30 });
  const source = (term: string) => ({ term, boost: 1, rules: ALL });

  it('sends the rarest terms first until the postings reach the budget, in the question order', () => {
    const plan = planQuery([source('economi'), source('jucip'), source('semiconductor')], vocabulary, 40);
    expect(plan.sent.map((s) => s.term)).toEqual(['economi', 'jucip', 'semiconductor']);
    expect(plan.sent.map((s) => s.source)).toEqual(['economi', 'jucip', 'semiconductor']);
  });

  it('still knows a term whose only variants were left out, and sends the rarest however common', () => {
    const plan = planQuery([source('econon')], vocabulary, 10);
    expect(plan.sent.map((s) => s.term)).toEqual(['econom']);
    const left = planQuery([source('jucip'), source('econon')], vocabulary, 10);
    expect(left.sent.map((s) => s.term)).toEqual(['jucip']);
    expect([...left.matchable].sort()).toEqual(['econon', 'jucip']);
  });

  it('spends the budget on the fewest postings per unit of boost, so an expansion waits for the question words', () => {
    // "jucip" (2 postings) is an expansion at a sixth of a question word's weight; "semiconductor" (30) is the question's own.
    const sources = [{ term: 'jucip', boost: 1 / 6, rules: ALL }, source('semiconductor')];
    expect(planQuery(sources, vocabulary, 30).sent.map((s) => s.term)).toEqual(['jucip']);
    const weighed = planQuery(sources, vocabulary, 30, 2);
    expect(weighed.sent.map((s) => s.term)).toEqual(['semiconductor']);
    expect(weighed.left.map((s) => s.term)).toEqual(['jucip']);
    // 2 postings ÷ (1/6)² = 72 > 30 ÷ 1: with a budget for both, both go, in the question's order.
    expect(planQuery(sources, vocabulary, 40, 2).sent.map((s) => s.term)).toEqual(['jucip', 'semiconductor']);
  });

  it('boosts a variant by its source term boost times its own weight', () => {
    const plan = planQuery([{ term: 'economy', boost: 0.3, rules: ALL }], vocabulary, 1000);
    expect(plan.sent).toEqual([
      { source: 'economy', term: 'econom', boost: 0.3 * typoWeight('econom', 1) },
      { source: 'economy', term: 'economi', boost: 0.3 * typoWeight('economi', 1) },
    ]);
    expect(plan.matchable.has('rapidus')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { PassageTermSets } from '../../src/search/compact-term-sets.js';
import { Vocabulary } from '../../src/search/vocabulary.js';
import { realKnowledge } from '../support/corpus.js';
import { terms } from '../../src/shared/text/search-terms.js';

/** The plain form the compact sets replace: each passage's terms and adjacent pairs as strings. */
function plainSet(sequence: readonly string[]): Set<string> {
  const set = new Set(sequence);
  for (let i = 1; i < sequence.length; i++) set.add(`${sequence[i - 1]} ${sequence[i]}`);
  return set;
}

function build(passages: readonly string[][]) {
  const vocabulary = new Vocabulary();
  const sets = new PassageTermSets(vocabulary);
  for (const sequence of passages) {
    const ids = sequence.map((term) => vocabulary.add(term));
    sets.add(ids, ids);
  }
  vocabulary.freeze();
  sets.freeze();
  return sets;
}

describe('PassageTermSets', () => {
  it('answers has() for terms and adjacent pairs, each passage on its own', () => {
    const sets = build([
      ['export', 'control', 'chip'],
      ['chip', 'export'],
    ]);
    expect(sets.of(0).has('export')).toBe(true);
    expect(sets.of(0).has('export control')).toBe(true);
    expect(sets.of(0).has('control export')).toBe(false);
    expect(sets.of(1).has('control')).toBe(false);
    expect(sets.of(1).has('chip export')).toBe(true);
    expect(sets.of(1).has('export chip')).toBe(false);
    expect(sets.of(1).has('rapidus')).toBe(false);
    expect(sets.of(1).has('chip rapidus')).toBe(false);
  });

  it('holds exactly what a Set of each passage terms and pairs holds, over the seed papers', () => {
    const sequences = realKnowledge().corpus.documents.flatMap((document) => document.passages.map((passage) => terms(passage.text)));
    const sets = build(sequences);
    const questions = ['export control', 'semiconductor suppli chain', 'econom secur', 'rapidus chip', 'nippon steel'].flatMap((q) => {
      const t = terms(q);
      return [...t, ...t.slice(1).map((term, i) => `${t[i]} ${term}`)];
    });
    sequences.forEach((sequence, ordinal) => {
      const plain = plainSet(sequence);
      // Every term and pair the passage has, plus question terms and pairs it may lack.
      for (const term of [...plain, ...questions]) expect(sets.of(ordinal).has(term), `passage ${ordinal}: ${term}`).toBe(plain.has(term));
    });
  });

  it('answers by ids as by the terms: hasId, hasPair and hasPairIds agree with has', () => {
    const vocabulary = new Vocabulary();
    const sets = new PassageTermSets(vocabulary);
    for (const sequence of [['export', 'control', 'chip'], ['chip', 'export'], ['rapidus']]) {
      const ids = sequence.map((term) => vocabulary.add(term));
      sets.add(ids, ids);
    }
    vocabulary.freeze();
    sets.freeze();
    const words = ['export', 'control', 'chip', 'rapidus'];
    for (const ordinal of [0, 1, 2]) {
      const set = sets.of(ordinal);
      for (const first of words) {
        expect(set.hasId(vocabulary.idOf(first)!), `${ordinal}: ${first}`).toBe(set.has(first));
        for (const second of words) {
          const pair = `${first} ${second}`;
          expect(set.hasPair(first, second), `${ordinal}: ${pair}`).toBe(set.has(pair));
          expect(set.hasPairIds(vocabulary.idOf(first)!, vocabulary.idOf(second)!), `${ordinal}: ${pair}`).toBe(set.has(pair));
        }
      }
      expect(set.hasPair('export', 'unknown')).toBe(false);
    }
  });
});

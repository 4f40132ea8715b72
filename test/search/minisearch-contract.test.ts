import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { planQuery, searchPlanned, type SourceTerm } from '../../src/search/query-plan.js';
import { Vocabulary } from '../../src/search/vocabulary.js';

/*
 * The search sends MiniSearch exact terms it looked up itself (query-plan.ts) and expects the
 * scores MiniSearch's own prefix and fuzzy search would give. That rests on behaviour MiniSearch's
 * documentation does not promise: how it weighs a prefix or fuzzy variant by its distance, that
 * a term both a prefix and a typo counts as a prefix, and that a result's score is multiplied by
 * the number of query terms it matched. These tests pin it, so a MiniSearch upgrade that changes
 * it fails here first.
 */
const documents = [
  { id: 'a', text: 'semiconductor export controls on advanced chips', title: 'export controls' },
  { id: 'b', text: 'semiconductors and the economic security partnership', title: 'economic security' },
  { id: 'c', text: 'the economy grew while exports of semiconductor equipment fell', title: 'economy' },
  { id: 'd', text: 'economic coercion and export restrictions', title: 'coercion' },
  { id: 'e', text: 'critical minerals supply chains', title: 'minerals' },
];
const FIELD_BOOST = { text: 1, title: 0.5 };
const FUZZY = 0.2;

function index() {
  const mini = new MiniSearch<(typeof documents)[number]>({ fields: ['text', 'title'] });
  mini.addAll(documents);
  const vocabulary = new Vocabulary();
  for (const document of documents) {
    const text = new Set(document.text.split(' ').map((term) => vocabulary.add(term)));
    for (const id of text) vocabulary.count(id, true);
    for (const id of new Set(document.title.split(' ').map((term) => vocabulary.add(term)))) vocabulary.count(id, false);
  }
  vocabulary.freeze();
  return { mini, vocabulary };
}

const boostOf = (term: string) => (term === 'export' ? 1 : 0.3);

describe('MiniSearch, as the planned query relies on it', () => {
  it('multiplies a result score by the number of query terms the result matched', () => {
    const { mini } = index();
    const score = (query: string) => mini.search(query).find((result) => result.id === 'a')!.score;
    expect(score('semiconductor chips')).toBeCloseTo(2 * (score('semiconductor') + score('chips')), 10);
  });

  it.each([['semicon'], ['export semicondutor'], ['economi exports'], ['econmic coercion export'], ['export exports']])(
    'scores "%s" sent as exact looked-up terms as its own prefix and fuzzy search does',
    (query) => {
      const { mini, vocabulary } = index();
      const own = mini.search(query, { boost: FIELD_BOOST, prefix: true, fuzzy: FUZZY, boostTerm: boostOf });
      const sources: SourceTerm[] = [...new Set(query.split(' '))].map((term) => ({
        term,
        boost: boostOf(term),
        rules: { prefix: true, maxDistance: Math.round(term.length * FUZZY), limit: Infinity },
      }));
      const planned = searchPlanned(mini, planQuery(sources, vocabulary, Infinity).sent, { boost: FIELD_BOOST });
      expect(planned.map((result) => result.id).sort()).toEqual(own.map((result) => String(result.id)).sort());
      for (const result of own) {
        const same = planned.find((p) => p.id === result.id)!;
        expect(same.score).toBeCloseTo(result.score, 10);
        expect(new Set(same.terms)).toEqual(new Set(result.terms));
        expect(new Set(same.queryTerms)).toEqual(new Set(result.queryTerms));
      }
    },
  );

  it('hands every result to `filter`, so the planned search keeps the best without MiniSearch sorting them all', () => {
    const { mini, vocabulary } = index();
    const sources: SourceTerm[] = ['export', 'economic', 'semiconductor'].map((term) => ({ term, boost: 1, rules: { prefix: true, maxDistance: 1, limit: Infinity } }));
    const sent = planQuery(sources, vocabulary, Infinity).sent;
    const order = (id: string) => id.charCodeAt(0);
    const all = searchPlanned(mini, sent, { boost: FIELD_BOOST }, Infinity, order);
    expect(all.length).toBe(mini.search(sent.map((entry) => entry.term).join(' '), { prefix: false, fuzzy: false }).length);
    const ranked = [...all].sort((a, b) => b.score - a.score || order(a.id) - order(b.id));
    expect(all).toEqual(ranked);
    expect(searchPlanned(mini, sent, { boost: FIELD_BOOST }, 2, order)).toEqual(ranked.slice(0, 2));
  });
});

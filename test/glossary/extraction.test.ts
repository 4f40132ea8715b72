import { describe, expect, it } from 'vitest';
import { withoutLeadingCountries } from '../../src/glossary/countries.js';
import { contentKey } from '../../src/shared/text/name-keys.js';
import { corpusSentences } from '../../src/glossary/extract/corpus-sentences.js';
import { inPublicationOrder } from '../../src/glossary/extract/publication-order.js';
import { DEFINED, JACOBS_DEC, JACOBS_OCT, PRYOR, TOGASHI, TONG, type GoldDefinition } from './gold.js';
import { schwartzHearst } from './schwartz-hearst.js';
import { extractedGlossary, realDocuments } from './support.js';

const row = ([doc, shortForm, longForm]: GoldDefinition) => `${doc} | ${shortForm} = ${longForm}`;

function extractedRows(): string[] {
  return extractedGlossary().entries.flatMap((entry) => entry.definitions.map((d) => row([d.doc, d.shortForm, d.longForm])));
}

/** Precision and recall of `found` rows against the gold list; `same` says when a found row counts as a gold one. */
function score(found: readonly GoldDefinition[], same: (a: GoldDefinition, b: GoldDefinition) => boolean) {
  const correct = found.filter((f) => DEFINED.some((g) => same(f, g)));
  const recalled = DEFINED.filter((g) => found.some((f) => same(f, g)));
  return { precision: correct.length / Math.max(1, found.length), recall: recalled.length / DEFINED.length };
}

describe('extraction against the hand-made list of definitions', () => {
  it('misses none of the definitions the papers make', () => {
    const found = new Set(extractedRows());
    expect(DEFINED.map(row).filter((gold) => !found.has(gold))).toEqual([]);
  });

  it('adds nothing the papers do not define', () => {
    const gold = new Set(DEFINED.map(row));
    expect(extractedRows().filter((found) => !gold.has(found))).toEqual([]);
  });

  it('lists each defined acronym once per meaning', () => {
    const defined = extractedGlossary().entries.filter((e) => e.defined).map((e) => e.acronym);
    const expected = [...new Set(DEFINED.map(([, shortForm]) => shortForm.replace(/([A-Z])s$/, '$1')))];
    expect(defined.sort()).toEqual(expected.sort());
  });

  it('does better than Schwartz & Hearst (2003) on the same sentences', () => {
    const sentences = corpusSentences(inPublicationOrder(realDocuments()));
    const baseline = sentences.flatMap((ref) => schwartzHearst(ref.sentence).map((p) => [ref.doc, p.shortForm, p.longForm] as const));
    const ours = extractedGlossary().entries.flatMap((e) => e.definitions.map((d) => [d.doc, d.shortForm, d.longForm] as const));
    // The baseline is judged leniently: its long form may leave out a leading "US-Japan", and punctuation aside.
    const lenient = (f: GoldDefinition, g: GoldDefinition) =>
      f[0] === g[0] && f[1] === g[1] && [contentKey(g[2]), withoutLeadingCountries(g[2])].includes(contentKey(f[2]));
    const exact = (f: GoldDefinition, g: GoldDefinition) => row(f) === row(g);
    const theirs = score(baseline, lenient);
    const mine = score(ours, exact);
    expect(mine).toEqual({ precision: 1, recall: 1 });
    expect(mine.recall).toBeGreaterThan(theirs.recall);
  });

  it('covers every paper, and finds no definition in Togashi 2024, which makes none in its body', () => {
    const docs = new Set(extractedGlossary().entries.flatMap((e) => e.definitions.map((d) => d.doc)));
    expect([...docs].sort()).toEqual([JACOBS_DEC, JACOBS_OCT, PRYOR, TONG].sort());
    expect(docs.has(TOGASHI)).toBe(false);
  });

  it('quotes every defining sentence verbatim from its passage', () => {
    const documents = new Map(realDocuments().map((d) => [d.file, d]));
    for (const entry of extractedGlossary().entries) {
      for (const d of entry.definitions) {
        const passage = d.passage === null ? undefined : documents.get(d.doc)?.passages[d.passage - 1];
        expect(passage?.text, `${entry.id} in ${d.doc}`).toContain(d.sentence);
        expect(d.sentence).toContain(d.longForm);
        expect(d.sentence).toContain(d.shortForm);
      }
    }
  });
});

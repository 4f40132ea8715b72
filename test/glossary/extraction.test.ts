import { describe, expect, it } from 'vitest';
import { withoutLeadingCountries } from '../../src/glossary/countries.js';
import { contentKey } from '../../src/shared/text/name-keys.js';
import { corpusSentences } from '../../src/glossary/extract/corpus-sentences.js';
import { inPublicationOrder } from '../../src/glossary/extract/publication-order.js';
import { ALL_DEFINED, DEFINED_OUTSIDE, JACOBS_DEC, JACOBS_OCT, PRYOR, TOGASHI, TONG, type GoldDefinition } from './gold.js';
import { schwartzHearst } from './schwartz-hearst.js';
import { extractedGlossary, isVerbatim, realDocuments } from './support.js';

const row = ([doc, shortForm, longForm]: GoldDefinition) => `${doc} | ${shortForm} = ${longForm}`;

function extractedRows(): string[] {
  return extractedGlossary().entries.flatMap((entry) => entry.definitions.map((d) => row([d.doc, d.shortForm, d.longForm])));
}

/** Precision and recall of `found` rows against the gold list; `same` says when a found row counts as a gold one. */
function score(found: readonly GoldDefinition[], same: (a: GoldDefinition, b: GoldDefinition) => boolean) {
  const correct = found.filter((f) => ALL_DEFINED.some((g) => same(f, g)));
  const recalled = ALL_DEFINED.filter((g) => found.some((f) => same(f, g)));
  return { precision: correct.length / Math.max(1, found.length), recall: recalled.length / ALL_DEFINED.length };
}

describe('extraction against the hand-made list of definitions', () => {
  it('misses none of the definitions the papers make', () => {
    const found = new Set(extractedRows());
    expect(ALL_DEFINED.map(row).filter((gold) => !found.has(gold))).toEqual([]);
  });

  it('adds nothing the papers do not define', () => {
    const gold = new Set(ALL_DEFINED.map(row));
    expect(extractedRows().filter((found) => !gold.has(found))).toEqual([]);
  });

  it('lists each defined acronym once per meaning', () => {
    const defined = extractedGlossary().entries.filter((e) => e.defined).map((e) => e.acronym);
    const meanings = new Set(ALL_DEFINED.map(([, shortForm, longForm]) => `${shortForm.replace(/([A-Z])s$/, '$1')} ${longForm.startsWith('Asia Pacific') ? 2 : 1}`));
    const expected = [...meanings].map((meaning) => meaning.split(' ')[0]!);
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

  it('covers every paper, and finds no definition in the body of Togashi 2024, which makes none there', () => {
    const definitions = extractedGlossary().entries.flatMap((e) => e.definitions);
    const inBody = new Set(definitions.filter((d) => d.passage !== null).map((d) => d.doc));
    expect([...inBody].sort()).toEqual([JACOBS_DEC, JACOBS_OCT, PRYOR, TONG].sort());
    expect(new Set(definitions.map((d) => d.doc)).has(TOGASHI)).toBe(true);
  });

  it('cites a definition outside the running text to its note, or to the line the loader set apart', () => {
    const documents = new Map(realDocuments().map((d) => [d.file, d]));
    for (const [doc, shortForm, longForm, place] of DEFINED_OUTSIDE) {
      const found = extractedGlossary().entries.flatMap((e) => e.definitions).find((d) => d.doc === doc && d.shortForm === shortForm && d.longForm === longForm)!;
      expect(found.passage, `${shortForm} in ${doc}`).toBeNull();
      if (place.startsWith('note ')) {
        expect(found.place).toBe(place);
        expect(documents.get(doc)!.notes[place.slice(5)]!.text).toContain(found.sentence);
      } else {
        const line = documents.get(doc)!.removed.find((r) => r.text.includes(found.sentence));
        expect(line?.category, `${shortForm} in ${doc}`).toBe(found.place);
      }
    }
  });

  it('quotes every defining sentence verbatim from its place', () => {
    const documents = new Map(realDocuments().map((d) => [d.file, d]));
    for (const entry of extractedGlossary().entries) {
      for (const d of entry.definitions) {
        const document = documents.get(d.doc)!;
        if (d.passage !== null) {
          expect(d.place).toBe(`passage ${d.passage}`);
          expect(document.passages[d.passage - 1]?.text, `${entry.id} in ${d.doc}`).toContain(d.sentence);
        } else expect(isVerbatim(d.sentence, [document]), `${entry.id} in ${d.doc}, ${d.place}`).toBe(true);
        expect(d.sentence).toContain(d.longForm);
        expect(d.sentence).toContain(d.shortForm);
      }
    }
  });
});

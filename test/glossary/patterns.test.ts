import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { fixturePath } from './support.js';

/**
 * Definition shapes the five papers happen not to use — "SF (long form)", a long form broken over
 * a line in the source file, numbers spelled out, an unquoted alias — in a small document of its
 * own, loaded by the real corpus loader. It tests the patterns; the real papers are tested in
 * extraction.test.ts.
 */
function fixtureGlossary() {
  const corpus = loadCorpus(fixturePath('corpus'));
  expect(corpus.problems).toEqual([]);
  return buildGlossary(corpus.documents);
}

describe('definition patterns beyond the five papers', () => {
  it('reads "SF (long form)" as well as "long form (SF)"', () => {
    const glossary = fixtureGlossary();
    expect(glossary.byId.get('NATO')?.definitions.map((d) => [d.longForm, d.pattern])).toEqual([['North Atlantic Treaty Organization', 'short-long']]);
    expect(glossary.byId.get('G7')?.definitions.map((d) => [d.longForm, d.pattern])).toEqual([['Group of Seven', 'short-long']]);
  });

  it('reads a definition broken across a line of the source file', () => {
    expect(fixtureGlossary().byId.get('METI')?.longForms).toEqual(['Ministry of Economy, Trade and Industry']);
  });

  it('matches spelled-out numbers and "&" to the short form’s digits and symbol', () => {
    const glossary = fixtureGlossary();
    expect(glossary.byId.get('G20')?.longForms).toEqual(['Group of Twenty']);
    expect(glossary.byId.get('R&D')?.longForms).toEqual(['research and development']);
    expect(glossary.byId.get('RDC')?.longForms).toEqual(['Research and Development Council']);
  });

  it('links an unquoted "X, known as Y" alias to X', () => {
    expect(fixtureGlossary().byId.get('QSD')?.aliases.map((a) => a.text)).toEqual(['Quad']);
    expect(fixtureGlossary().byId.get('METI')?.aliases).toEqual([]);
  });

  it('finds nothing else in the document', () => {
    expect(fixtureGlossary().entries.map((e) => e.id).sort()).toEqual(['G20', 'G7', 'METI', 'NATO', 'QSD', 'R&D', 'RDC']);
  });
});

import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { fixturePath } from './support.js';

/**
 * The ways speeches, press calls and fact sheets spell a name out besides "Long Form (LF)": each
 * form in a small document of its own words (test/glossary/fixtures/forms), read by the real loader.
 */
function formsGlossary() {
  const corpus = loadCorpus(fixturePath('forms'));
  expect(corpus.problems).toEqual([]);
  return buildGlossary(corpus.documents);
}

const definitionOf = (id: string) => formsGlossary().byId.get(id)?.definitions.map((d) => [d.shortForm, d.longForm, d.pattern]);

describe('definition forms beyond the parenthesis', () => {
  it('reads "Long Form, or LF"', () => {
    expect(definitionOf('IPEF')).toEqual([['IPEF', 'Indo-Pacific Economic Framework', 'long-or-short']]);
  });

  it('reads "Long Form — LF —", "Long Form – LF –" and a dash form that ends the sentence', () => {
    expect(definitionOf('PGII')).toEqual([['PGII', 'Partnership for Global Infrastructure and Investment', 'long-dash-short']]);
    expect(definitionOf('MSP')).toEqual([['MSP', 'Minerals Security Partnership', 'long-dash-short']]);
    expect(definitionOf('CEESI')).toEqual([['CEESI', 'Clean Energy and Energy Security Initiative', 'long-dash-short']]);
  });

  it('reads "LF, the Long Form"', () => {
    expect(definitionOf('JUNO')).toEqual([['JUNO', 'Japan-U.S. Network Opportunity', 'appositive']]);
  });

  it('does not take a list ending "…, or EVs" or "…, or IT" for a definition', () => {
    const glossary = formsGlossary();
    expect(glossary.byId.get('EV')?.defined).toBe(false);
    expect(glossary.byId.get('IT')?.defined).toBe(false);
  });

  it('makes "the so-called economic 2+2" a name of the entry beside it, or of the entry some paper already gives that name', () => {
    const epcc = formsGlossary().byId.get('EPCC')!;
    expect(epcc.aliases.map((a) => [a.doc, a.text])).toEqual([
      ['definition-forms.md', 'economic 2+2'],
      ['later-speech.md', 'economic 2+2'],
    ]);
  });

  it('makes no entry of a so-called name no acronym goes by', () => {
    const glossary = formsGlossary();
    expect(glossary.entries.flatMap((e) => e.aliases.map((a) => a.text))).not.toContain('chip alliance');
    expect(glossary.entries.map((e) => e.id).sort()).toEqual(['CEESI', 'EPCC', 'EV', 'IPEF', 'IT', 'JUNO', 'MSP', 'PGII', 'US']);
  });
});

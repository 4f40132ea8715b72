import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/glossary/lookup/lookup-term.js';
import { realGlossary } from './support.js';

const ids = (term: string) => lookup(realGlossary(), term).entries.map((e) => e.id);

describe('lookup', () => {
  it.each([
    ['METI', ['METI'], 'short form'],
    ['meti', ['METI'], 'short form'],
    ['U.S.', ['US'], 'short form'],
    ['us', ['US'], 'short form'],
    ['R and D', ['R&D'], 'short form'],
    ['r&d', ['R&D'], 'short form'],
    ['g20', ['G-20'], 'short form'],
    ['Covid-19', ['COVID-19'], 'short form'],
    ['ＭＥＴＩ', ['METI'], 'short form'],
    ['CORE', ['CoRe'], 'short form'],
  ] as const)('finds %s whatever its case, dots and "&" (%j)', (term, expected, match) => {
    const result = lookup(realGlossary(), term);
    expect(result.entries.map((e) => e.id)).toEqual(expected);
    expect(result.match).toBe(match);
  });

  it.each([
    ['Ministry of Economy, Trade and Industry', 'METI'],
    ['ministry of economy trade & industry', 'METI'],
    ['Competitive and Resilience', 'CoRe'],
    ['commercial and industrial partnership', 'JUCIP'],
    ['Japan-U.S. Economic Policy Consultative Committee', 'EPCC'],
    ['United States', 'US'],
  ])('works in reverse: "%s" → %s', (term, expected) => {
    const result = lookup(realGlossary(), term);
    expect(result.match).toBe('long form');
    expect(result.entries.map((e) => e.acronym)).toEqual([expected]);
  });

  it.each(['economic 2+2', 'Economic 2+2 dialogue', 'economic two plus two', 'the economic two-plus-two', '2+2'])('takes the alias "%s" to the EPCC', (term) => {
    const result = lookup(realGlossary(), term);
    expect(result.match).toBe('alias');
    expect(result.entries.map((e) => e.id)).toEqual(['EPCC']);
  });

  it('takes the misspellings the papers make to the defined form', () => {
    expect(ids('FIRMMA')).toEqual(['FIRRMA']);
    expect(ids('firmmma')).toEqual(['FIRRMA']);
  });

  it.each([
    ['JUCUP', 'JUCIP'],
    ['MEIT', 'METI'],
    ['firma', 'FIRRMA'],
    ['Minstry of Economy, Trade and Industry', 'METI'],
  ])('tolerates the typo "%s" → %s', (term, expected) => {
    const result = lookup(realGlossary(), term);
    expect(result.match).toBe('typo');
    expect(result.entries.map((e) => e.acronym)).toEqual([expected]);
  });

  it('only suggests, never guesses, for a three-letter term one letter from an entry', () => {
    const result = lookup(realGlossary(), 'IPA');
    expect(result.match).toBe('none');
    expect(result.suggestions.map((e) => e.acronym)).toContain('INA');
  });

  it('gives both meanings of API, the one written "APIs" first when asked for "APIs"', () => {
    expect(ids('API')).toEqual(['API', 'API (2)']);
    expect(ids('APIs')[0]).toBe('API');
    expect(lookup(realGlossary(), 'apis').entries.map((e) => e.longForms[0] ?? e.curated?.expansion)[0]).toBe('active pharmaceutical ingredients');
  });

  it('suggests instead of guessing when a typo is as close to two entries', () => {
    const result = lookup(realGlossary(), 'JXLC');
    expect(result.match).toBe('none');
    expect(result.suggestions.map((e) => e.id).slice(0, 2).sort()).toEqual(['JHLC', 'JWLC']);
  });

  it('suggests entries that share words with a phrase', () => {
    const result = lookup(realGlossary(), 'semiconductor technology center');
    expect(result.suggestions.map((e) => e.id).sort()).toEqual(['LSTC', 'NSTC']);
  });

  it('says an unknown term is unknown and suggests nothing far-fetched', () => {
    for (const term of ['xyzzy', '🎌', '経済産業省']) {
      const result = lookup(realGlossary(), term);
      expect(result.match).toBe('none');
      expect(result.entries).toEqual([]);
      expect(result.suggestions).toEqual([]);
    }
    expect(lookup(realGlossary(), '   ').match).toBe('empty');
  });

  it('finds every entry by its acronym in any case, with dots between the letters', () => {
    const entries = realGlossary().entries.filter((e) => /^[A-Za-z]+$/.test(e.acronym));
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.boolean(), (entry, upper, dots) => {
        const written = [...entry.acronym].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join(dots ? '.' : '');
        expect(lookup(realGlossary(), written).entries.map((e) => e.acronym)).toContain(entry.acronym);
      }),
    );
  });

  it('finds every defined entry by each of its long forms, however punctuated or cased', () => {
    const forms = realGlossary().entries.flatMap((e) => e.longForms.map((longForm) => [e.acronym, longForm] as const));
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.constantFrom('lower', 'upper', 'bare'), ([acronym, longForm], style) => {
        const term = style === 'lower' ? longForm.toLowerCase() : style === 'upper' ? longForm.toUpperCase() : longForm.replace(/[,.“”"-]/g, ' ');
        expect(lookup(realGlossary(), term).entries.map((e) => e.acronym)).toContain(acronym);
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (term) => {
        const result = lookup(realGlossary(), term);
        expect(result.suggestions.length).toBeLessThanOrEqual(5);
      }),
    );
  });
});

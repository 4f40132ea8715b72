import { describe, expect, it } from 'vitest';
import { terms } from '../../src/shared/text/search-terms.js';

describe('terms', () => {
  it('keeps the policy vocabulary whole', () => {
    expect(terms('the Economic 2+2')).toEqual(['econom', '2+2']);
    expect(terms('R&D in the G7 and G-20')).toEqual(['r&d', 'g7', 'g20']);
    expect(terms('U.S. and US and u.s.')).toEqual(['us', 'us', 'us']);
    expect(terms('COVID-19')).toEqual(['covid19']);
  });

  it('stems plain words, drops possessives, stop words and chat filler', () => {
    expect(terms("Japan's semiconductors")).toEqual(['japan', 'semiconductor']);
    expect(terms('tell me what happened with the chips')).toEqual(['chip']);
  });

  it('drops a contraction of a stop word, with either apostrophe, and keeps other words whole', () => {
    expect(terms("why hasn't it shipped? they're sure we can't")).toEqual(terms('why it shipped sure'));
    expect(terms('shouldn’t we’ve won’t I’d')).toEqual([]);
    // Pronouns are function words, the indefinite ones too.
    expect(terms('can someone tell me whoever signed it')).toEqual(terms('signed'));
    // Only a stop word's contraction goes: a name's possessive keeps the name.
    expect(terms("Togashi's view")).toEqual(['togashi', 'view']);
  });

  it('indexes a compound by its parts and its joined form', () => {
    expect(terms('co-operation')).toEqual(['oper', 'cooper']);
    expect(terms('supply-chain')).toEqual(['suppli', 'chain', 'supplychain']);
  });

  it('reads an ordinal written in digits as the word ("2nd" is "second"), as far as ordinals are written out', () => {
    expect(terms('the 2nd EPCC, the 1st and 3rd meetings, the 12th')).toEqual(terms('the second EPCC, the first and third meetings, the twelfth'));
    expect(terms('the 21st century')).toEqual(['21st', 'centuri']);
  });

  it('reads a decade as typed in chat as the one the papers print ("90s" is "1990s")', () => {
    expect(terms("the 90s and the '80s")).toEqual(terms('the 1990s and the 1980s'));
    expect(terms('10s of billions')).toEqual(['10s', 'billion']);
  });

  it('expands chat month abbreviations', () => {
    expect(terms('nov 14')).toEqual(terms('November 14'));
  });

  it('gives Japanese text character bigrams', () => {
    expect(terms('経済安全保障')).toEqual(['経済', '済安', '安全', '全保', '保障']);
    expect(terms('ESPA経済')).toEqual(['espa', '経済']);
  });
});

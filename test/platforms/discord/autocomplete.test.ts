import { describe, expect, it } from 'vitest';
import { standsFor } from '../../../src/present/glossary/entry.js';
import { acronymChoices } from '../../../src/platforms/discord/autocomplete.js';
import { realKnowledge } from '../../support/corpus.js';

const glossary = realKnowledge().glossary;
const values = (typed: string) => acronymChoices(glossary, typed).map((choice) => choice.value);

describe('acronymChoices', () => {
  it('puts acronyms starting with the text first, in any case', () => {
    expect(values('ju')[0]).toBe('JUCIP');
    // JOGMEC starts with it; JHLC and JWLC come after, for the "Joint" in their names.
    expect(values('JO')).toEqual(['JOGMEC', 'JHLC', 'JWLC', 'JETRO']);
    expect(values('u.s')[0]).toBe('US');
  });

  it('then those whose long form or other name contains it', () => {
    const found = values('semiconductor');
    expect(found).toEqual(expect.arrayContaining(['CHIPS', 'LSTC', 'NSTC', 'TSMC']));
    expect(values('2+2')).toEqual(['EPCC']);
  });

  it('then acronyms holding the letters in order, for a slip of the keyboard', () => {
    expect(values('jui')).toContain('JUCIP');
  });

  it('names each choice with its meaning within 100 characters, the value being the acronym', () => {
    const all = glossary.entries.flatMap((entry) => acronymChoices(glossary, entry.acronym));
    for (const choice of all) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.name.startsWith(choice.value)).toBe(true);
    }
    expect(acronymChoices(glossary, 'EPCC')[0]!.name).toBe('EPCC — US-Japan Economic Policy Consultative Committee');
  });

  it('offers at most 25, the first entries when nothing is typed', () => {
    expect(acronymChoices(glossary, '')).toHaveLength(25);
    expect(values('')).toEqual(glossary.entries.slice(0, 25).map((entry) => entry.acronym));
    expect(acronymChoices(glossary, 'e').length).toBeLessThanOrEqual(25);
  });

  it('names the meaning by the same rule as the glossary replies', () => {
    for (const entry of glossary.entries) {
      const meaning = standsFor(entry);
      const expected = meaning ? `${entry.acronym} — ${meaning.text.slice(0, 40)}` : entry.acronym;
      // Two entries may share an acronym (API): each meaning has its own choice.
      const names = acronymChoices(glossary, entry.acronym).filter((c) => c.value === entry.acronym).map((c) => c.name);
      expect(names.some((name) => name.startsWith(expected)), entry.acronym).toBe(true);
    }
  });
});

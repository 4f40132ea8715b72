import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { acronymJson, acronymsJson } from '../../src/glossary/lookup/json-contract.js';
import { TOGASHI, TONG } from './gold.js';
import { isVerbatim, realGlossary } from './support.js';

// The CLI's JSON contract, exactly: no field more, none less.
const entrySchema = z
  .object({
    acronym: z.string().min(1),
    expansions: z.array(z.object({ text: z.string().min(1), doc: z.string().min(1), quote: z.string() }).strict()),
    variants: z.array(z.string()),
    defined: z.boolean(),
  })
  .strict();
const lookupSchema = z.object({ term: z.string(), matches: z.array(entrySchema), suggestions: z.array(z.string()) }).strict();

describe('JSON for the CLI', () => {
  it('`acronyms --json` lists every entry in the contract’s shape', () => {
    const all = acronymsJson(realGlossary());
    expect(z.array(entrySchema).parse(all)).toHaveLength(realGlossary().entries.length);
  });

  it('quotes only corpus sentences, verbatim; the curated file’s expansions quote nothing', () => {
    for (const entry of acronymsJson(realGlossary())) {
      for (const expansion of entry.expansions) {
        if (expansion.doc === 'glossary.yaml') expect(expansion.quote).toBe('');
        else {
          expect(isVerbatim(expansion.quote), `${entry.acronym}: ${expansion.quote}`).toBe(true);
          expect(expansion.quote).toContain(expansion.text);
        }
      }
    }
  });

  it('`acronym API --json` gives both meanings and no suggestion', () => {
    const result = lookupSchema.parse(acronymJson(realGlossary(), 'API'));
    expect(result.term).toBe('API');
    expect(result.matches.map((m) => [m.expansions[0]?.text, m.expansions[0]?.doc, m.defined])).toEqual([
      ['active pharmaceutical ingredients', TONG, true],
      ['Asia Pacific Initiative', TOGASHI, true],
    ]);
    expect(result.matches[0]!.variants).toContain('APIs');
    expect(result.suggestions).toEqual([]);
  });

  it('lists spellings, misspellings and aliases as variants', () => {
    const [firrma] = acronymJson(realGlossary(), 'FIRRMA').matches;
    expect(firrma!.variants).toEqual(expect.arrayContaining(['FIRMMA', 'FIRMMMA']));
    const [epcc] = acronymJson(realGlossary(), 'EPCC').matches;
    expect(epcc!.variants).toEqual(expect.arrayContaining(['Japan-US Economic Policy Consultative Committee', 'economic two-plus-two']));
    expect(epcc!.expansions.map((x) => x.text)).toEqual([
      'US-Japan Economic Policy Consultative Committee',
      'Japan-US Economic Policy Consultative Committee',
      'Japan-United States Economic Policy Consultative Committee',
    ]);
  });

  it('gives an unknown term no match and the nearest entries as suggestions', () => {
    expect(acronymJson(realGlossary(), 'xyzzy')).toEqual({ term: 'xyzzy', matches: [], suggestions: [] });
    const near = acronymJson(realGlossary(), 'JXLC');
    expect(near.matches).toEqual([]);
    expect(near.suggestions).toEqual(expect.arrayContaining(['JHLC', 'JWLC']));
  });
});

import { describe, expect, it } from 'vitest';
import { JACOBS_DEC, JACOBS_OCT, PRYOR, TOGASHI, TONG, USED_NOT_DEFINED } from './gold.js';
import { extractedGlossary, realGlossary } from './support.js';

const entry = (id: string) => {
  const found = extractedGlossary().byId.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('used but never spelled out', () => {
  it('lists exactly the acronyms no paper spells out, each where it first occurs', () => {
    const undefinedEntries = extractedGlossary().entries.filter((e) => !e.defined);
    expect(undefinedEntries.map((e) => [e.acronym, e.usage[0]?.doc])).toEqual(USED_NOT_DEFINED.map(([acronym, doc]) => [acronym, doc]));
    for (const e of undefinedEntries) {
      const first = e.usage[0]!.first;
      expect([e.acronym, ...e.spellings].some((form) => first.sentence.includes(form)), e.acronym).toBe(true);
    }
  });

  it('takes "U.S." and "US", "Covid-19" and "COVID-19" as one acronym', () => {
    expect(entry('US').spellings).toEqual(['U.S.']);
    expect(entry('COVID-19').spellings).toEqual(['Covid-19']);
  });

  it('does not count a name such as Keidanren, TikTok or WeChat as an acronym', () => {
    const acronyms = extractedGlossary().entries.map((e) => e.acronym);
    for (const word of ['Keidanren', 'TikTok', 'WeChat', 'Quad']) expect(acronyms).not.toContain(word);
  });

  it('knows EU and AI are defined (Tong 2022 spells both out) and TSMC too', () => {
    for (const id of ['EU', 'AI', 'TSMC']) expect(entry(id).defined).toBe(true);
  });
});

describe('one meaning, many spellings', () => {
  it('keeps every way the papers write the EPCC in one entry', () => {
    expect(entry('EPCC').longForms).toEqual([
      'US-Japan Economic Policy Consultative Committee',
      'Japan-US Economic Policy Consultative Committee',
      'Japan-United States Economic Policy Consultative Committee',
      'Economic Policy Consultative Committee',
      'Japan-U.S. Economic Policy Consultative Committee',
      'United States-Japan Economic Policy Consultative Committee',
    ]);
  });

  it('keeps CoRe one meaning though two papers spell its long form differently', () => {
    expect(extractedGlossary().entries.filter((e) => e.acronym === 'CoRe')).toHaveLength(1);
    expect(entry('CoRe').definitions.map((d) => [d.doc, d.longForm])).toEqual([
      [TONG, 'Competitiveness and Resilience'],
      [JACOBS_OCT, 'US-Japan Competitive and Resilience'],
    ]);
  });

  it('reads JUCIP off "U.S.-Japan" as well as "Japan-U.S."', () => {
    expect([...new Set(entry('JUCIP').definitions.map((d) => d.doc))]).toEqual([TONG, JACOBS_OCT, JACOBS_DEC, PRYOR]);
  });

  it('files plurals under the singular: APIs under API, MOUs under MOU', () => {
    expect(entry('API').spellings).toEqual(['APIs']);
    expect(entry('MOU').spellings).toEqual(['MOUs']);
  });
});

describe('several meanings of one short form', () => {
  it('keeps API the Asia Pacific Initiative apart from APIs the active pharmaceutical ingredients', () => {
    const apis = realGlossary().entries.filter((e) => e.acronym === 'API');
    expect(apis.map((e) => [e.id, e.longForms[0] ?? e.curated?.expansion])).toEqual([
      ['API', 'active pharmaceutical ingredients'],
      ['API (2)', 'Asia Pacific Initiative'],
    ]);
    expect(apis[0]!.definitions[0]!.doc).toBe(TONG);
  });
});

describe('aliases', () => {
  it('links each paper’s name for the economic 2+2 to the EPCC, in a note too', () => {
    expect(entry('EPCC').aliases.map((a) => [a.doc, a.text, a.place])).toEqual([
      [TONG, 'Economic 2+2', 'passage 4'],
      [JACOBS_OCT, 'economic 2+2 dialogue', 'passage 4'],
      [JACOBS_DEC, 'Economic 2+2', 'passage 4'],
      [TOGASHI, 'economic two-plus-two', 'passage 3'],
      [PRYOR, 'Economic 2+2', 'note 10'],
    ]);
  });

  it('gives no other entry an alias', () => {
    expect(extractedGlossary().entries.filter((e) => e.id !== 'EPCC' && e.aliases.length > 0)).toEqual([]);
  });
});

describe('misspellings', () => {
  it('links FIRMMA and FIRMMMA to FIRRMA instead of listing them as unknown', () => {
    expect(entry('FIRRMA').misspellings).toEqual(['FIRMMA', 'FIRMMMA']);
    expect(extractedGlossary().entries.filter((e) => e.misspellings.length > 0).map((e) => e.id)).toEqual(['FIRRMA']);
  });
});

describe('usage', () => {
  it('says which papers use an entry by any name, earliest paper first', () => {
    expect(entry('EPCC').usage.map((u) => u.doc)).toEqual([TONG, JACOBS_OCT, JACOBS_DEC, TOGASHI, PRYOR]);
    expect(entry('AUKUS').usage.map((u) => [u.doc, u.count])).toEqual([[PRYOR, 1]]);
  });

  it('does not take "research, development, and rulemaking" for R&D', () => {
    const pryor = entry('R&D').usage.find((u) => u.doc === PRYOR)!;
    expect(pryor.first.sentence).toContain('boosting research and development');
    expect(pryor.count).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { capitalsEvidence, runningAcronyms } from '../../src/glossary/extract/capitals.js';
import type { SentenceRef } from '../../src/glossary/types.js';
import { fixturePath } from './support.js';

const ref = (sentence: string): SentenceRef => ({ doc: 'x.md', passage: 1, section: null, sentence, place: 'passage 1' });
const evidenceFrom = (...sentences: string[]) => capitalsEvidence(sentences.map(ref));
const acronymsIn = (sentence: string, ...corpus: string[]) => runningAcronyms(sentence, evidenceFrom(sentence, ...corpus)).map((t) => t.text);

describe('what counts as an acronym in running text', () => {
  it('takes an acronym among lower-case words', () => {
    expect(acronymsIn('We discussed the WHO and the IAEA, and the U.S. DOC will take part.')).toEqual(['WHO', 'IAEA', 'U.S.', 'DOC']);
  });

  it('leaves out speaker labels, even before the loader takes them out of the text', () => {
    expect(acronymsIn('PRIME MINISTER KISHIDA: Thank you, and IPEF is at the center.')).toEqual(['IPEF']);
    expect(acronymsIn('MR. PATEL: Next question.')).toEqual([]);
    expect(acronymsIn('Thank you.\nSENIOR ADMINISTRATION OFFICIAL: Yes, and NATO agrees.')).toEqual(['NATO']);
  });

  it('leaves out a sentence set in capitals and a run of words in capitals', () => {
    expect(acronymsIn('AS DELIVERED')).toEqual([]);
    expect(acronymsIn('ADVANCING A FREE AND OPEN INDO-PACIFIC The leaders agreed to expand trade in LNG.')).toEqual(['LNG']);
    expect(acronymsIn('LOOKING FORWARD the leaders will meet.', 'We are looking forward to it.')).toEqual([]);
  });

  it('leaves out a name the corpus also writes in Title case, and a long word it writes in lower case', () => {
    expect(acronymsIn('Biden thanked KISHIDA for hosting the G7.', 'Prime Minister Kishida spoke first.')).toEqual(['G7']);
    expect(acronymsIn('The ADMINISTRATION will act with NASA.', 'the administration said so.')).toEqual(['NASA']);
  });

  it('keeps a list of acronyms, and an acronym whose Title-case look-alike is only part of a token', () => {
    expect(acronymsIn('Stockpiling: DOE, DOD, and the DLA will report.')).toEqual(['DOE', 'DOD', 'DLA']);
    expect(acronymsIn('The President is focusing on COVID.', 'The Covid-19 pandemic went on.')).toEqual(['COVID']);
  });

  it('leaves out the words of a web address', () => {
    expect(acronymsIn('See the [CoRe fact sheet](https://example.gov/FACT-SHEET-US-Japan.pdf) from METI.')).toEqual(['METI']);
  });
});

describe('a press conference in labels and capitals', () => {
  it('lists the acronyms it uses and none of its labels, names or headings', () => {
    const corpus = loadCorpus(fixturePath('transcript'));
    expect(corpus.problems).toEqual([]);
    const glossary = buildGlossary(corpus.documents);
    expect(glossary.entries.map((e) => e.id).sort()).toEqual(['CHIPS', 'DOC', 'G7', 'IAEA', 'IPEF', 'JAXA', 'LNG', 'NASA', 'US', 'WHO']);
  });
});

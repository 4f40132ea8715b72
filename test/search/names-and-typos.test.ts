import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/index.js';
import { SearchIndex } from '../../src/search/index.js';
import { ask } from '../../src/search/ask.js';
import { NameCounter } from '../../src/shared/text/corpus-names.js';
import { termsKeepingNames } from '../../src/shared/text/search-terms.js';

/**
 * Proper names stay whole and typos are measured on the word as typed: "rapidus" is not "rapid"
 * (its stem "rapidu" is one edit from "rapid", the word two), while "critcal" is still "critical".
 */
const PARAGRAPHS = [
  'The rapid teamwork shown by both governments kept the critical technology programme on track for the whole of the year, and the officials said the programme would continue.',
  'The ministers met in Tokyo, where Hagerty spoke about the critical minerals agreement and the semiconductor subsidies that both governments promised to keep for another decade of work.',
  "In the spring the ambassador, Hagerty, said that Hagerty's office would report on the subsidies, and the report reached the ministers before the summer meeting ended.",
  'Shipbuilding yards on both coasts asked for loans, and the banks agreed to lend at lower rates for five years if the yards hired apprentices.',
];

/** One short paper per paragraph, so that each is a passage of its own. */
const DOCUMENTS = PARAGRAPHS.map((paragraph, i) => parseDocument(`paper-${i}.md`, `---\ntitle: Paper ${i}\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\n${paragraph}\n`));

function index(): SearchIndex {
  return new SearchIndex(DOCUMENTS);
}

function answer(search: SearchIndex, question: string) {
  return ask({ search, documents: new Map(DOCUMENTS.map((document) => [document.file, document])) }, question, 3);
}

describe('proper names', () => {
  it('knows a name from its capitals where no sentence starts, and not a dictionary word', () => {
    const counter = new NameCounter();
    counter.add('The ambassador, Hagerty, said Hagerty would meet the Treasury. Rapid work followed, and rapid plans.');
    const names = counter.names();
    expect(names.has('hagerty')).toBe(true);
    // Sentence-initial capitals say nothing: "Rapid" starts a sentence and is lower case elsewhere.
    expect(names.has('rapid')).toBe(false);
  });

  it('keeps a name whole where the stemmer would cut it', () => {
    const withNames = termsKeepingNames(new Set(['hagerty', 'rapidus']));
    expect(withNames("Hagerty's report on Rapidus chips")).toEqual(['hagerty', 'report', 'rapidus', 'chip']);
  });

  it('does not answer a word no passage has with a common word its stem is near', () => {
    const reply = answer(index(), 'rapidus');
    expect(reply.answer).toBe('none');
    expect(reply.results.every((item) => item.hit.unknownWords.includes('rapidus'))).toBe(true);
    expect(index().find('rapidus', 3).filter((hit) => hit.matchedTerms.length > 0)).toEqual([]);
  });

  it('finds a name in the corpus by its exact name, and marks it in the excerpt', () => {
    const reply = answer(index(), 'Hagerty');
    expect(reply.answer).toBe('found');
    expect(reply.results[0]!.excerpt.spans.some((span) => span.marked && span.text === 'Hagerty')).toBe(true);
    expect(answer(index(), 'hagerty').results[0]!.hit.passage.id).toBe(reply.results[0]!.hit.passage.id);
  });
});

describe('typos, measured on the word as typed', () => {
  it.each([
    ['critcal minerals', 'minerals'],
    ['technolgy programme', 'technology'],
    ['semiconducter subsidies', 'semiconductor'],
    // Two letters swapped: one slip, though two Levenshtein edits.
    ['ambassador subsdiies', 'subsidies'],
    ['apprenitces', 'apprentices'],
  ])('"%s" still finds the passage with "%s", and reports no unknown word', (question, word) => {
    const [top] = index().find(question, 1);
    expect(top!.passage.text).toContain(word);
    expect(top!.unknownWords).toEqual([]);
  });
});

describe('WordNet expansions', () => {
  it('lets a word the corpus lacks stand for its corpus synonyms, and only for those', () => {
    // "encounter" is not in the paper; WordNet puts it in the synset of "meeting", which is.
    const [top] = index().find('summer encounter', 1);
    expect(top!.passage.text).toContain('summer meeting');
    expect(top!.unknownWords).toEqual([]);
  });
});

describe('a number typed against a word', () => {
  const documents = [
    parseDocument('fabs.md', `---\ntitle: Fabs\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\nThe plant will make 2-nanometer chips from 2027, and the Chip 4 group met twice to plan the supply of tools for it.\n`),
    ...DOCUMENTS,
  ];
  const search = new SearchIndex(documents);

  it('is read as its parts when no passage writes it glued ("2nm" as "2 nm", "chip4" as "Chip 4")', () => {
    for (const question of ['2nm chips', 'chip4 tools']) {
      const [hit] = search.find(question, 1);
      expect(hit!.passage.doc).toBe('fabs.md');
      expect(hit!.unknownWords).toEqual([]);
      expect(hit!.coverage).toBeGreaterThan(0.9);
    }
  });

  it('stays whole where a passage writes it so, and where its letter part is a single letter (a code: "h100")', () => {
    const glued = new SearchIndex([parseDocument('g7.md', `---\ntitle: G7\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\nThe G7 leaders met in Hiroshima and spoke of chips.\n`), ...DOCUMENTS]);
    expect(glued.find('g7 chips', 1)[0]!.matchedTerms).toContain('g7');
    expect(search.find('h100 chips', 1)[0]!.unknownWords).toEqual(['h100']);
  });

  it('is reported by the part no passage has, as typed ("2zq" tells "zq"), or whole when no part is known', () => {
    expect(search.find('2zq chips', 1)[0]!.unknownWords).toEqual(['zq']);
    expect(search.find('chips qzx7', 1)[0]!.unknownWords).toEqual(['qzx7']);
  });
});

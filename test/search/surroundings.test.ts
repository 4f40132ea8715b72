import { describe, expect, it } from 'vitest';
import { parseDocument, type CorpusDocument, type Passage } from '../../src/corpus/index.js';
import { SearchIndex, type SearchOptions } from '../../src/search/index.js';
import { surroundings, type SurroundingsSources } from '../../src/search/surroundings.js';
import { shortness } from '../../src/search/length-prior.js';

/** A paper whose sections each hold several paragraphs, one passage each. */
function paper(file: string, sections: Record<string, readonly string[]>): CorpusDocument {
  const body = Object.entries(sections)
    .map(([heading, paragraphs]) => `## ${heading}\n\n${paragraphs.join('\n\n')}`)
    .join('\n\n');
  return parseDocument(file, `---\ntitle: "A Paper"\nauthors: [Ann Lee]\npublisher: Policy Institute\npublished: 2024-01-01\nkind: commentary\n---\n${body}\n`);
}

/** Passages on other things, so the words under test are rare in the corpus, as in a real one. */
const OTHER = paper('other.md', {
  Farming: ['Rice farmers in the north planted early this year because the snow melted in March and the rivers ran high through the valleys.'],
  Museums: ['The museum reopened its east wing with a show of woodblock prints, lacquer boxes and tea bowls lent by private collectors.'],
  Ferries: ['A new ferry line links the two islands twice a day in summer, and the crossing takes a little under three hours in calm weather.'],
});

const FILLER = 'The officials met several times during the year to review the state of cooperation between the two governments and their agencies.';
// Each paragraph long enough (40 words) to be a passage of its own, not merged with the next.
const HIT = `Both countries want a larger semiconductor workforce. ${FILLER} ${FILLER}`;
const REST = `${FILLER} ${FILLER} New training programmes at universities will start next spring.`;
const ASIDE = `${FILLER} ${FILLER} Ports and shipping lanes were discussed at length as well.`;
const QUESTION = 'semiconductor workforce training';

/** Every surroundings method off; a test turns on the one it is about. */
const OFF: Partial<SearchOptions> = { documentWeight: 0, sectionWeight: 0, neighbourWeight: 0, shortPassageWeight: 0 };
const firstDoc = (documents: readonly CorpusDocument[], options: Partial<SearchOptions>) => new SearchIndex(documents, { ...OFF, ...options }).find(QUESTION, 3)[0]!.passage.doc;

describe('what a passage’s surroundings say of the question', () => {
  // The same passage in two papers: alone, they tie, and the tie goes to the first document. In
  // the second, the passage after it, under the same heading, speaks of the question's other word.
  const sameSection = [paper('bullet.md', { Workforce: [HIT, ASIDE] }), paper('argued.md', { Workforce: [HIT, REST] }), OTHER];

  it('the section: a passage whose section holds the rest of the question goes first', () => {
    expect(firstDoc(sameSection, {})).toBe('bullet.md');
    expect(firstDoc(sameSection, { sectionWeight: 0.15 })).toBe('argued.md');
  });

  it('the neighbours: a passage whose neighbour holds the rest of the question goes first', () => {
    expect(firstDoc(sameSection, { neighbourWeight: 0.25 })).toBe('argued.md');
  });

  // The rest of the question is in another section of the document: only the document's evidence sees it.
  const otherSection = [paper('bullet.md', { Workforce: [HIT], Ports: [ASIDE] }), paper('argued.md', { Workforce: [HIT], Training: [REST] }), OTHER];

  it('the document: a passage whose document holds the rest of the question goes first', () => {
    expect(firstDoc(otherSection, { sectionWeight: 0.15, neighbourWeight: 0.25 })).toBe('bullet.md');
    expect(firstDoc(otherSection, { documentWeight: 0.5 })).toBe('argued.md');
  });

  it('the length prior: a long passage holding the question goes before a very short one', () => {
    const documents = [paper('short.md', { Workforce: ['Semiconductor workforce training.'] }), paper('long.md', { Workforce: [`${FILLER} Semiconductor workforce training is planned. ${FILLER} ${ASIDE}`] }), OTHER];
    expect(firstDoc(documents, {})).toBe('short.md');
    expect(shortness(3, 60)).toBeGreaterThan(0.9);
    expect(firstDoc(documents, { shortPassageWeight: 1, shortPassageLength: 60 })).toBe('long.md');
  });
});

describe('surroundings at weight 0', () => {
  const passage: Passage = { id: 'a.md#2', doc: 'a.md', index: 2, section: 'Workforce', text: 'Workforce.', noteIds: [] };
  const questionTerms = ['workforc', 'train'];
  const ids: Record<string, number[]> = { workforc: [1], train: [2] };
  // Every source has evidence to give: the document and section hold everything, the neighbour holds "train".
  const sources = (weights: Partial<SurroundingsSources['options']>): SurroundingsSources => ({
    options: { documentWeight: 0, sectionWeight: 0, neighbourWeight: 0, shortPassageWeight: 0, shortPassageLength: 60, ...weights },
    idsOf: (term) => ids[term] ?? [],
    documentHolds: () => true,
    sectionHolds: () => true,
    besideHolds: (_, held) => held.includes(2),
    termCount: () => 1,
  });
  const matched = ['workforc'];
  const score = (weights: Partial<SurroundingsSources['options']>) => surroundings(passage, matched, questionTerms, () => 1, sources(weights));

  it('add nothing, though every source has evidence to give', () => {
    expect(score({})).toBe(0);
  });

  it('add each method’s weight × its evidence when on', () => {
    expect(score({ documentWeight: 2 })).toBeCloseTo(2);
    expect(score({ sectionWeight: 0.5 })).toBeCloseTo(0.5);
    // The neighbour adds "train", half the question's weight, which the passage lacks.
    expect(score({ neighbourWeight: 1 })).toBeCloseTo(0.5);
    expect(score({ shortPassageWeight: 1 })).toBeCloseTo(-(1 - 1 / 60));
  });

  it('leave the ranking as it was without the methods', () => {
    const documents = [paper('a.md', { Workforce: [HIT, REST] }), paper('b.md', { Workforce: ['Semiconductor workforce training.'] }), OTHER];
    const plain = new SearchIndex(documents, OFF).find(QUESTION, 5);
    // Changing what the methods would read (a shorter length) changes nothing while they are off.
    const again = new SearchIndex(documents, { ...OFF, shortPassageLength: 1000 }).find(QUESTION, 5);
    expect(again.map((hit) => [hit.passage.id, hit.score])).toEqual(plain.map((hit) => [hit.passage.id, hit.score]));
    const on = new SearchIndex(documents, { sectionWeight: 1, neighbourWeight: 1, documentWeight: 1, shortPassageWeight: 1 }).find(QUESTION, 5);
    expect(on.map((hit) => hit.score)).not.toEqual(plain.map((hit) => hit.score));
  });
});

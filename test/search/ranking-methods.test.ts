import { describe, expect, it } from 'vitest';
import { parseDocument, type CorpusDocument } from '../../src/corpus/index.js';
import { SearchIndex } from '../../src/search/index.js';
import { soughtKinds } from '../../src/search/answer-kind-evidence.js';
import { feedbackShare, feedbackTerms } from '../../src/search/feedback.js';
import { proximity } from '../../src/search/proximity.js';
import { TermSequences } from '../../src/search/term-sequences.js';
import { Vocabulary } from '../../src/search/vocabulary.js';
import { terms } from '../../src/shared/text/search-terms.js';

/** A one-section paper: each paragraph its own passage, under its own heading. */
function paper(file: string, author: string, paragraphs: readonly string[]): CorpusDocument {
  const body = paragraphs.map((text, i) => `## Part ${i + 1}\n\n${text}`).join('\n\n');
  return parseDocument(file, `---\ntitle: "A Paper"\nauthors: [${author}]\npublisher: Policy Institute\npublished: 2024-01-01\nkind: commentary\n---\n${body}\n`);
}

/** Passages on other things, so the words under test are rare in the corpus, as in a real one. */
const OTHER = paper('other.md', 'Cy Park', [
  'Rice farmers in the north planted early this year because the snow melted in March and the rivers ran high through the valleys.',
  'The museum reopened its east wing with a show of woodblock prints, lacquer boxes and tea bowls lent by private collectors.',
  'A new ferry line links the two islands twice a day in summer, and the crossing takes a little under three hours in calm weather.',
]);

// Filler around the words that matter, so the passages are of a reader's length.
const FILLER = 'The officials met several times during the year to review the state of cooperation between the two governments and their agencies.';

describe('term proximity', () => {
  const question = { terms: ['item', 'export', 'list'], termOf: (t: string) => (['item', 'export', 'list'].includes(t) ? t : undefined), weightOf: () => 1 };

  it('scores question terms standing close together above the same terms far apart', () => {
    const near = terms('Tokyo put new items on the export control list in July.');
    const far = terms(`Tokyo put new items under review. ${FILLER} ${FILLER} The export rules changed. ${FILLER} The list grew.`);
    expect(proximity(near, question, 8)).toBeGreaterThan(proximity(far, question, 8));
    expect(proximity(far, question, 8)).toBe(0);
  });

  it('does not grow with the number of question terms found far apart', () => {
    expect(proximity(terms('items'), question, 8)).toBe(0);
    expect(proximity([], question, 8)).toBe(0);
  });

  it('ranks the passage that holds the question words close together first', () => {
    // The far passage is shorter, so BM25 alone puts it first; neither has two question words side
    // by side in the question's order, so the phrase bonus does not tell them apart.
    const far = `Items were reviewed. ${FILLER} Export rules changed. The list grew.`;
    const near = `${FILLER} Tokyo put items on the export control list after long talks with allies, partners and industry groups in several rounds over the summer months.`;
    const index = new SearchIndex([paper('far.md', 'Ann Lee', [far]), paper('near.md', 'Bo Kim', [near]), OTHER]);
    expect(index.find('list export items', 2).map((hit) => hit.passage.doc)).toEqual(['near.md', 'far.md']);
  });
});

describe('term sequences', () => {
  it('give back each passage\'s terms in order, sharing one vocabulary', () => {
    const vocabulary = new Vocabulary();
    const sequences = new TermSequences(vocabulary);
    sequences.add('a#1', ['export', 'control', 'export'].map((term) => vocabulary.add(term)));
    sequences.add('b#1', ['control', 'list'].map((term) => vocabulary.add(term)));
    const read = (key: string) => Array.from(sequences.of(key), (id) => sequences.termOf(id));
    expect(read('a#1')).toEqual(['export', 'control', 'export']);
    expect(read('b#1')).toEqual(['control', 'list']);
    expect(sequences.idOf('control')).toBe(sequences.of('b#1')[0]);
    expect(sequences.of('missing#1')).toHaveLength(0);
  });
});

describe("a question naming a document's author or publisher", () => {
  const text = `${FILLER} Export controls on chips tightened in 2023. ${FILLER}`;
  const documents = [paper('lee.md', 'Ann Lee', [text]), paper('togashi.md', 'Mariko Togashi', [text]), OTHER];

  it("steers to that document's passage when the option is on", () => {
    const index = new SearchIndex(documents, { documentNameWeight: 1 });
    expect(index.find('export controls on chips according to togashi', 2)[0]!.passage.doc).toBe('togashi.md');
  });

  it('does not call the author a word the papers lack, whatever weight the ranking gives the byline', () => {
    for (const documentNameWeight of [0, 1]) {
      const index = new SearchIndex(documents, { documentNameWeight });
      expect(index.find('export controls on chips according to togashi', 2)[0]!.unknownWords).not.toContain('togashi');
      // Nor where none of the passages found is that author's: only Park's passages have "woodblock".
      const hit = index.find('museum woodblock prints says lee, or the zorblat', 1)[0]!;
      expect(hit.passage.doc).toBe('other.md');
      expect(hit.unknownWords).toContain('zorblat');
      expect(hit.unknownWords).not.toContain('lee');
    }
  });
});

describe("a question naming a document's author: the byline answers that word", () => {
  const text = `${FILLER} Export controls on chips tightened in 2023. ${FILLER}`;

  it('counts it held in the coverage that decides "none", on that author\'s passages only, whatever the ranking weighs it', () => {
    const documents = [paper('lee.md', 'Ann Lee', [text]), paper('togashi.md', 'Mariko Togashi', [text]), OTHER];
    for (const documentNameWeight of [0, 1]) {
      const hits = new SearchIndex(documents, { documentNameWeight }).find('togashi on export controls for chips', 2);
      const coverageOf = (file: string) => hits.find((hit) => hit.passage.doc === file)!.coverage;
      expect(coverageOf('togashi.md')).toBeCloseTo(1);
      expect(coverageOf('lee.md')).toBeLessThan(0.9);
    }
  });

  it("does not read the author's name as a slip for a word the passages use", () => {
    // "pryor" is one edit from "prior": as a typo it would match the other paper's passage.
    const documents = [paper('pryor.md', 'Crystal Pryor', [text]), paper('lee.md', 'Ann Lee', [`${FILLER} Prior approval is needed for exports of chips. ${FILLER}`]), OTHER];
    const [hit] = new SearchIndex(documents).find('pryor on export controls for chips', 1);
    expect(hit!.passage.doc).toBe('pryor.md');
    expect(hit!.coverage).toBeCloseTo(1);
    expect(hit!.matchedTerms).not.toContain('prior');
  });

  it("gives no credit for a publisher's word the passages use themselves", () => {
    // Every paper here is published by the "Policy Institute"; one passage speaks of policy itself.
    const documents = [paper('lee.md', 'Ann Lee', [text, `${FILLER} Trade policy shifted toward allies. ${FILLER}`]), paper('kim.md', 'Bo Kim', [text]), OTHER];
    const hits = new SearchIndex(documents).find('policy on export controls for chips', 3);
    const kim = hits.find((hit) => hit.passage.doc === 'kim.md')!;
    expect(kim.coverage).toBeLessThan(0.9);
  });
});

describe('unknown question words in the ranking', () => {
  const documents = [paper('a.md', 'Ann Lee', [`${FILLER} Export controls on chips tightened in 2023. ${FILLER}`]), OTHER];

  it('keep their whole weight in the coverage that decides "none", whatever their ranking weight', () => {
    const whole = new SearchIndex(documents).find('zorblat export controls chips', 1)[0]!;
    const light = new SearchIndex(documents, { unknownWeight: 0 }).find('zorblat export controls chips', 1)[0]!;
    expect(light.coverage).toBeCloseTo(whole.coverage);
    expect(whole.coverage).toBeLessThan(1);
    expect(light.unknownWords).toEqual(['zorblat']);
  });

  it('weigh less the more English uses them: lacking "attended" tells less than lacking "gallium"', () => {
    // Neither word is in the corpus; WordNet tags "attend" 89 times, "gallium" never.
    const index = new SearchIndex(documents);
    const common = index.find('who attended export controls chips', 1)[0]!;
    const rare = index.find('gallium export controls chips', 1)[0]!;
    expect(common.unknownWords).toEqual(['attended']);
    expect(rare.unknownWords).toEqual(['gallium']);
    expect(common.coverage).toBeGreaterThan(rare.coverage);
    // At 0 every word no passage has weighs as the rarest term, however common in English.
    const flat = new SearchIndex(documents, { englishUseDiscount: 0 });
    expect(flat.find('who attended export controls chips', 1)[0]!.coverage).toBeCloseTo(rare.coverage);
  });
});

describe('a question naming the month a document was published', () => {
  /** A statement dated `published`, saying what the leaders agreed, with no date in its text. */
  const statement = (file: string, published: string) =>
    parseDocument(file, `---\ntitle: "Joint Statement"\nauthors: [The White House]\npublished: ${published}\nkind: statement\n---\n## Commitments\n\n${FILLER} The two leaders agreed to coordinate export controls on advanced chips. ${FILLER}\n`);
  // Equal texts: without a lift, ties keep document order, March 2023 first.
  const documents = [statement('march.md', '2023-03-12'), statement('november.md', '2024-11-15'), statement('year-only.md', '2024'), OTHER];
  const first = (index: SearchIndex, question: string) => index.find(question, 3)[0]!;

  it('lifts the passages of the document published that month, month and year both, in the ranking only', () => {
    const index = new SearchIndex(documents);
    expect(first(index, 'what did the leaders agree on export controls in the nov 2024 statement').passage.doc).toBe('november.md');
    expect(first(index, 'what did the leaders agree on export controls in november 2024').passage.doc).toBe('november.md');
    // The coverage that decides "none" does not count the date as held.
    const plain = new SearchIndex(documents, { documentDateWeight: 0 });
    expect(first(index, 'export controls in nov 2024').coverage).toBeCloseTo(first(plain, 'export controls in nov 2024').coverage);
  });

  it('does not lift a document for a year alone, nor one dated to the year only', () => {
    const index = new SearchIndex(documents);
    const plain = new SearchIndex(documents, { documentDateWeight: 0 });
    const order = (search: SearchIndex, question: string) => search.find(question, 4).map((hit) => hit.passage.doc);
    // "2024" alone would lift November 2024 and the year-only statement above March 2023.
    expect(order(index, 'what did the leaders agree on export controls in 2024')).toEqual(order(plain, 'what did the leaders agree on export controls in 2024'));
    expect(order(index, 'what did the leaders agree on export controls in 2024')[0]).toBe('march.md');
  });
});

describe('pseudo-relevance feedback', () => {
  it('takes the terms at least two of the best passages share, not the question’s own, heaviest first', () => {
    const top = [new Set(['minist', 'foreign', 'met', 'busan']), new Set(['minist', 'foreign', 'summit']), new Set(['busan', 'trade'])];
    const weight = (term: string) => ({ minist: 1, foreign: 2, busan: 3 })[term] ?? 1;
    const feedback = feedbackTerms(top, new Set(['met']), weight, 10);
    expect([...feedback.keys()]).toEqual(['busan', 'foreign', 'minist']);
    expect(feedbackShare(new Set(['busan', 'foreign']), feedback)).toBeCloseTo((6 + 4) / (6 + 4 + 2));
    expect(feedbackShare(new Set(['other']), feedback)).toBe(0);
  });

  it('lifts a candidate sharing the best passages’ words when on', () => {
    const topic = 'The foreign ministers met in Busan to discuss the trilateral summit and regional trade.';
    const documents = [
      paper('a.md', 'Ann Lee', [`${topic} ${FILLER}`, `${FILLER} Ministers of several countries also spoke about trade in general terms.`, `${FILLER} The diplomats gathered in Busan for the trilateral summit with foreign colleagues, ${FILLER.toLowerCase()}`]),
      OTHER,
    ];
    const plain = new SearchIndex(documents).find('where did the ministers gather', 3);
    const fed = new SearchIndex(documents, { feedbackWeight: 1, feedbackPassages: 2 }).find('where did the ministers gather', 3);
    const rankOf = (hits: typeof plain) => hits.findIndex((hit) => hit.passage.text.includes('diplomats'));
    expect(rankOf(fed)).toBeLessThanOrEqual(rankOf(plain));
  });
});

describe('the answer after a reporter\'s question', () => {
  const transcript = parseDocument(
    'press.md',
    [
      '---',
      'title: "Remarks in Joint Press Conference"',
      'authors: [The White House]',
      'published: 2024-04-10',
      'kind: transcript',
      '---',
      'PRESIDENT BIDEN: We spoke about our alliance, about deterrence in the region, about space exploration and about the friendship between our peoples, which grows stronger every year.',
      '',
      'Q: Prime Minister, what is your view of the proposed purchase of U.S. Steel by Nippon Steel, given the opposition in Washington?',
      '',
      'PRIME MINISTER KISHIDA: On the issue that you have raised, we understand that discussions are underway between the parties. We hope these discussions will unfold in directions that would be positive for both sides.',
      '',
    ].join('\n'),
  );

  it('ranks above the question it answers, though it does not name the topic', () => {
    const hits = new SearchIndex([transcript, OTHER]).find('what did kishida say about nippon steel', 3);
    expect(hits[0]!.passage.speaker).toBe('Prime Minister Kishida');
    expect(hits[1]!.passage.speaker).toBe('Question');
  });

  it('is left where the index put it when the option is off', () => {
    const hits = new SearchIndex([transcript, OTHER], { answerWeight: 0 }).find('what did kishida say about nippon steel', 3);
    expect(hits[0]!.passage.speaker).toBe('Question');
  });
});

describe('BM25 parameters', () => {
  it('reach MiniSearch: without length normalisation a long passage loses nothing for its length', () => {
    const short = 'Rare earth magnets matter.';
    // MiniSearch measures a field by its distinct terms: the long passage needs words of its own.
    const long = `Rare earth magnets matter. ${FILLER} ${OTHER.passages.map((passage) => passage.text).join(' ')}`;
    const documents = [paper('short.md', 'Ann Lee', [`${FILLER} ${short}`]), paper('long.md', 'Bo Kim', [long]), OTHER];
    const scores = (b: number) => new SearchIndex(documents, { bm25: { k: 2, b, d: 0.5 }, coverageWeight: 0, phraseWeight: 0, proximityWeight: 0, sectionWeight: 0, neighbourWeight: 0, shortPassageWeight: 0 }).find('rare earth magnets', 2);
    const normalised = scores(1);
    expect(normalised[0]!.passage.doc).toBe('short.md');
    expect(normalised[1]!.score).toBeLessThan(normalised[0]!.score);
    const flat = scores(0);
    expect(flat[1]!.score).toBeCloseTo(flat[0]!.score);
  });
});

describe('answer-type evidence', () => {
  // Both passages name the summit and the leaders; only one says where it was held. The other says
  // it twice, so BM25 and coverage alone put it first.
  const echo = 'The leaders held the trilateral summit. The trilateral summit was held after months of talks, and the leaders said the summit was a success.';
  const answer = `${FILLER} The trilateral summit of the leaders was held in Busan, South Korea, on a cold morning.`;
  const documents = [paper('echo.md', 'Ann Lee', [echo]), paper('answer.md', 'Bo Kim', [answer]), OTHER];

  it('ranks the passage whose sentence holds both the question and a place first for a "where" question', () => {
    expect(new SearchIndex(documents, { answerKindWeight: 0 }).find('where was the trilateral summit of leaders held', 2)[0]!.passage.doc).toBe('echo.md');
    expect(new SearchIndex(documents, { answerKindWeight: 1 }).find('where was the trilateral summit of leaders held', 2)[0]!.passage.doc).toBe('answer.md');
  });

  it('changes nothing for a question that asks for no kind of thing', () => {
    const order = (weight: number) => new SearchIndex(documents, { answerKindWeight: weight }).find('trilateral summit of leaders held', 2).map((hit) => [hit.passage.doc, hit.score]);
    expect(order(1)).toEqual(order(0));
  });

  it('reads a sentence with the one before it: the place told of "that summit" answers where the summit was held', () => {
    // The echo names the summit twice and never says where it was held; the answer names the summit
    // in one sentence and its place in the next, which points back to it.
    const told = `${FILLER} The leaders held their trilateral summit after months of talks. That meeting took place in Busan, South Korea.`;
    const twoSentences = [paper('echo.md', 'Ann Lee', [echo]), paper('told.md', 'Bo Kim', [told]), OTHER];
    const first = (previousShare: number) => new SearchIndex(twoSentences, { answerKindPreviousShare: previousShare }).find('where was the trilateral summit of leaders held', 2)[0]!.passage.doc;
    expect(first(0)).toBe('echo.md');
    expect(first(0.6)).toBe('told.md');
  });

  it('gives no credit for a date the question writes itself', () => {
    expect(soughtKinds('when did the leaders meet in May 2023')).toEqual([]);
    expect(soughtKinds('when did the leaders meet in Busan')).toEqual(['date']);
  });
});

describe('an expansion phrase stands for a question word only whole', () => {
  const part = paper('part.md', 'Ann Lee', [`${FILLER} The partnership between the two states grew in scope as their tariffs on steel fell over the decade.`]);
  const whole = paper('whole.md', 'Bo Kim', [`${FILLER} The Japan-U.S. Commercial and Industrial Partnership met as the United States cut its tariffs on steel.`]);
  const glossary = [{ from: 'jucip', terms: ['Japan-U.S. Commercial and Industrial Partnership'] }];
  const coverageOf = (index: SearchIndex, question: string, doc: string, extra: typeof glossary = []) =>
    index.find(question, 5, extra).find((hit) => hit.passage.doc === doc)?.coverage;

  it('a glossary long form: "partnership" alone is not JUCIP', () => {
    const index = new SearchIndex([part, whole, OTHER]);
    expect(coverageOf(index, 'jucip', 'whole.md', glossary)).toBe(1);
    expect(coverageOf(index, 'jucip', 'part.md', glossary)).toBe(0);
  });

  it('a WordNet phrase: "mass" and "meeting" apart are not a "mass meeting" for "rally"', () => {
    const apart = paper('apart.md', 'Cy Park', [`${FILLER} A mass of reporters waited outside while the meeting ran late into the evening.`]);
    const together = paper('together.md', 'Di Ono', [`${FILLER} Thousands joined a mass meeting in the square to back the new trade pact.`]);
    const index = new SearchIndex([apart, together, OTHER]);
    expect(coverageOf(index, 'rally', 'together.md')).toBe(1);
    expect(coverageOf(index, 'rally', 'apart.md')).toBe(0);
    // Nor do the phrase's words alone mark the excerpt: they matched nothing the question asked.
    const matched = (doc: string) => index.find('rally', 5).find((hit) => hit.passage.doc === doc)?.matchedTerms;
    expect(matched('together.md')).toEqual(expect.arrayContaining(['mass', 'meet']));
    expect(matched('apart.md')).toEqual([]);
  });

  it('any one word of a phrase counted, as before, with wholeExpansionPhrases off', () => {
    const apart = paper('apart.md', 'Cy Park', [`${FILLER} A mass of reporters waited outside while the meeting ran late into the evening.`]);
    const index = new SearchIndex([part, whole, apart, OTHER], { wholeExpansionPhrases: false });
    expect(coverageOf(index, 'jucip', 'part.md', glossary)).toBe(1);
    expect(coverageOf(index, 'rally', 'apart.md')).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { ask } from '../../src/search/ask.js';
import { ANSWER_EVIDENCE_FOR_FOUND, confidenceOf, outcomeOf, signalOf } from '../../src/search/confidence.js';
import { resolveSearchOptions } from '../../src/search/options.js';
import { parseDocument } from '../../src/corpus/index.js';
import { SearchIndex } from '../../src/search/index.js';
import { realKnowledge } from '../support/corpus.js';

const knowledge = realKnowledge();
const model = resolveSearchOptions().confidence;

describe('confidence: found, possibly relevant, none', () => {
  it('answers a paraphrase of the second EPCC meeting where one coverage threshold said "nothing answers"', () => {
    // The Jacobs paper's passage on the second EPCC meeting covers most of the question's weight.
    const answer = ask(knowledge, 'who took part in the second economic 2+2', 3);
    expect(answer.answer).not.toBe('none');
    expect(answer.results.length).toBeGreaterThan(1);
    expect(answer.results.some((r) => /Economic Policy Consultative Committee|Economic 2\+2/.test(r.hit.passage.text))).toBe(true);
  });

  it('shows the right passage first even where a word no paper uses ("attended") puts the question at the cut-off', () => {
    const answer = ask(knowledge, 'who attended the second economic 2+2', 3);
    expect(answer.answer).not.toBe('found');
    expect(answer.results[0]!.hit.passage.text).toMatch(/Economic Policy Consultative Committee|Economic 2\+2/);
  });

  it('does not pass off a question the papers never address as found', () => {
    for (const question of ['what is the capital of france', 'who won the 2024 us election']) {
      expect(ask(knowledge, question, 3).answer, question).not.toBe('found');
    }
  });

  it('still finds what a passage answers, and still says none with the closest passage', () => {
    expect(ask(knowledge, 'who blocked the nippon steel merger', 3).answer).toBe('found');
    expect(ask(knowledge, 'what is jucip', 3).answer).toBe('found');
    const none = ask(knowledge, 'nvidia h100 export licence to saudi arabia', 3);
    expect(none.answer).toBe('none');
    expect(none.results).toHaveLength(1);
  });

  it('reads a long question\'s coverage more kindly than a short one\'s: a paraphrase shares fewer words', () => {
    const short = confidenceOf({ coverage: 0.4, questionTerms: 4 }, model);
    const long = confidenceOf({ coverage: 0.4, questionTerms: 12 }, model);
    expect(long).toBeGreaterThan(short);
    // One to three terms count alike: a one-word question fully matched is found.
    expect(confidenceOf({ coverage: 1, questionTerms: 1 }, model)).toBe(confidenceOf({ coverage: 1, questionTerms: 3 }, model));
    expect(outcomeOf(confidenceOf({ coverage: 1, questionTerms: 1 }, model), model)).toBe('found');
  });

  it('rises with coverage, and its outcomes come in order: none, possible, found', () => {
    const order = { none: 0, possible: 1, found: 2 };
    for (const terms of [1, 3, 5, 8, 15]) {
      let last = -1;
      for (let coverage = 0; coverage <= 1.0001; coverage += 0.05) {
        const rank = order[outcomeOf(confidenceOf({ coverage, questionTerms: terms }, model), model)];
        expect(rank).toBeGreaterThanOrEqual(last);
        last = rank;
      }
    }
    expect(outcomeOf(null, model)).toBe('none');
  });

  it('counts the question\'s own terms: stop words and repeats are not terms', () => {
    const [hit] = knowledge.search.find('what is the JUCIP, the JUCIP?', 1);
    // A question that asks for no figure or date carries no evidence of one.
    expect(signalOf(hit!)).toEqual({ coverage: hit!.coverage, questionTerms: 1, answerEvidence: null });
  });

  it('answers a figure or date question "found" only where a sentence holding it writes a figure or date it does not give', () => {
    // Full coverage and a question of any length: without the figure asked for, possibly relevant at most.
    const sure = confidenceOf({ coverage: 1, questionTerms: 6 }, model);
    expect(outcomeOf(sure, model)).toBe('found');
    expect(outcomeOf(sure, model, null)).toBe('found');
    expect(outcomeOf(sure, model, ANSWER_EVIDENCE_FOR_FOUND)).toBe('found');
    expect(outcomeOf(sure, model, ANSWER_EVIDENCE_FOR_FOUND / 2)).toBe('possible');
    expect(outcomeOf(sure, model, 0)).toBe('possible');
    // It never turns "none" into anything else, nor "possible" into "none".
    const low = confidenceOf({ coverage: 0, questionTerms: 3 }, model);
    expect(outcomeOf(low, model, 0)).toBe('none');
    expect(outcomeOf(low, model, 1)).toBe('none');
  });

  it('reads the evidence from the passage: the sum a question asks for written beside its words, or not', () => {
    const [asked] = knowledge.search.find('how much was the TSMC subsidy in Kyushu', 1);
    // "a huge subsidy of JPY 400 billion … to bring a … (TSMC) facility to Kyushu"
    expect(asked!.passage.text).toMatch(/JPY 400 billion/);
    expect(asked!.answerEvidence).toBeGreaterThanOrEqual(ANSWER_EVIDENCE_FOR_FOUND);
    const [date] = knowledge.search.find('when did japan pass the economic security promotion act', 1);
    expect(date!.answerEvidence).not.toBeNull();
    expect(knowledge.search.find('what does the economic security promotion act do', 1)[0]!.answerEvidence).toBeNull();
  });

  it('gives every answer a confidence between 0 and 1 that matches its outcome', () => {
    for (const question of ['export controls', 'who attended the second economic 2+2', 'nvidia h100 saudi licence', '***']) {
      const answer = ask(knowledge, question, 3);
      expect(answer.confidence).toBeGreaterThanOrEqual(0);
      expect(answer.confidence).toBeLessThanOrEqual(1);
      expect(outcomeOf(answer.results.length === 0 ? null : answer.confidence, model)).toBe(answer.answer);
    }
  });
});

describe('a figure asked for and not written', () => {
  /** One short paper, with or without the sum it committed. */
  function paper(sentence: string) {
    const document = parseDocument('paper.md', `---\ntitle: Training\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\n${sentence}\n`);
    return { search: new SearchIndex([document]), documents: new Map([[document.file, document]]) };
  }
  const question = 'how much funding did the united states commit to the open ran training academy in southeast asia';

  it('is possibly relevant where the passage names the academy and no sum, found where it writes the sum', () => {
    const without = ask(paper('The United States committed funding to launch an Open RAN training academy in Southeast Asia to improve access to skilled workers.'), question, 3);
    const withSum = ask(paper('The United States committed funding of $30 million to launch an Open RAN training academy in Southeast Asia to improve access to skilled workers.'), question, 3);
    expect(withSum.results[0]!.hit.coverage).toBe(without.results[0]!.hit.coverage);
    expect(withSum.answer).toBe('found');
    expect(without.answer).toBe('possible');
    expect(without.results[0]!.hit.answerEvidence).toBe(0);
  });
});

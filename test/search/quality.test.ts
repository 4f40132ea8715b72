import { describe, expect, it } from 'vitest';
import { readDevSet } from '../../eval/dev-set.js';
import { loadConfiguration } from '../../eval/load-configuration.js';
import { evaluate, summarize, thresholdDisagreements } from '../../eval/metrics.js';
import { CONFIGURATIONS, questionSetPath } from '../../eval/sets.js';
import { expectFloors } from './quality-floors.js';
import { realKnowledge } from '../support/corpus.js';

/**
 * Quality floors on the shipped papers, on each set's locked TEST split (`npm run eval` prints the
 * same figures). Each floor sits a little below what the search measured when the split was made —
 * about one question's worth — so a change that loses answers fails here, while the tuning split
 * stays free to tune on. Per set, so a new set or document does not move another's floors.
 */
describe('answer quality on the shipped papers (test split)', () => {
  const knowledge = loadConfiguration(CONFIGURATIONS.find((c) => c.name === 'shipped')!, (line) => {
    throw new Error(`corpus problem: ${line}`);
  });

  // The floors hold for corpus/ as shipped and with the 23 whitehouse-japan documents copied into it
  // as distractors — each sits about a question below the lower of the two — so a team adding papers
  // does not break them (checked by copying them in and running the suite). Measured alone / with them, with whole
  // expansion phrases in the ranking: hit@1 0.900 / 0.867, hit@3 0.933 / 0.900, MRR 0.925 / 0.898
  // (before them 0.867 / 0.867, 0.967 / 0.933, 0.911 / 0.901; before answer-type evidence and a
  // passage's surroundings 0.800, 0.933, 0.869 / 0.860). Found / possible / none: answerable 18/11/1
  // / 19/10/1, unanswerable 2/2/1 / 2/2/1 — five unanswerable questions are too few for a "none"
  // floor; one more "found" among them fails.
  it('the first 90 stays above its floors', () => {
    expectFloors(knowledge, 'dev', { hitAt1: 0.83, hitAt3: 0.86, mrr: 0.87, answerableNoneAtMost: 0.07, unanswerableFoundAtMost: 0.6 });
  });

  // Alone / with them: hit@1 0.738 / 0.708, hit@3 0.831 / 0.846, MRR 0.795 / 0.784, excerpts 22/22 / 22/22.
  // Found / possible / none: answerable 41/23/1 / 41/23/1, unanswerable 0/7/8 / 0/10/5. Before the
  // last two rounds' ranking: 0.708 / 0.692, 0.831 / 0.831, 0.777 / 0.764, answerable "none" 2 / 2. With the
  // hand synonym table and one coverage threshold (three rounds before): hit@1 0.769, hit@3 0.815, MRR
  // 0.814, and "none" for 24/65 answerable questions to refuse 13/15 unanswerable ones.
  it('the papers set stays above its floors', () => {
    expectFloors(knowledge, 'papers', { hitAt1: 0.69, hitAt3: 0.81, mrr: 0.77, excerptWithAnswer: 0.9, unanswerableNone: 0.26, answerableNoneAtMost: 0.05, unanswerableFoundAtMost: 0.14 });
  });

  // Written after the rest, by a reader who had not seen the code, before seeing any reply.
  // Measured when added (the code then): hit@1 0.800, hit@3 0.914, MRR 0.865, excerpts 19/21;
  // answerable 24/9/2, unanswerable 2/2/1. With this round's ranking and the confidence model
  // recalibrated with the fresh sets' tuning questions: the same ranks, answerable 25/7/3,
  // unanswerable 2/2/1.
  it('the fresh set stays above its floors', () => {
    expectFloors(knowledge, 'fresh', { hitAt1: 0.77, hitAt3: 0.88, mrr: 0.83, excerptWithAnswer: 0.85, answerableNoneAtMost: 0.12 });
  });

  // A second such set, written after this round's ranking changes, so its test split had seen none
  // of them. Measured when added: hit@1 0.905, hit@3 0.952, MRR 0.928, excerpts 27/27; answerable
  // 32/9/1, unanswerable 2/3/4 (on the code before the round: 0.881, 0.952, 0.916).
  it('the fresh2 set stays above its floors', () => {
    expectFloors(knowledge, 'fresh2', { hitAt1: 0.88, hitAt3: 0.92, mrr: 0.9, excerptWithAnswer: 0.96, unanswerableNone: 0.33, answerableNoneAtMost: 0.05 });
  });

  // A third, written blind in session 27 with more near misses (30 of 100). Measured when added,
  // as the code then answered (test split): hit@1 0.679, hit@3 0.857, MRR 0.786, excerpts 10/10;
  // answerable 22/6/0, unanswerable 9/0/1. With the figure-or-date rule for "found" and the
  // model recalibrated with its tuning questions: the same ranks, answerable 21/7/0, unanswerable 7/2/1.
  // After the joint fit of the re-ranker's weights (tuning split): 0.714, 0.893, 0.809, the same outcomes.
  it('the fresh3 set stays above its floors', () => {
    expectFloors(knowledge, 'fresh3', { hitAt1: 0.64, hitAt3: 0.82, mrr: 0.75, excerptWithAnswer: 0.9, answerableNoneAtMost: 0.04, unanswerableFoundAtMost: 0.8 });
  });

  it('decides found / possible / none exactly as the confidence model the eval calibrates predicts', () => {
    // The eval's calibration replays ask()'s rule (confidence.ts over the best passage's signal);
    // if ask() decides otherwise, the calibrated figures describe a rule the bot no longer has.
    const outcomes = evaluate(knowledge, readDevSet(questionSetPath('papers')));
    expect(thresholdDisagreements(knowledge, outcomes).map((o) => o.question.q)).toEqual([]);
  });

  // On the seed papers the glossary was built from (a fixture): among other documents' passages an
  // expansion may also find those, which the dev set does not count as right.
  it('is helped, not hurt, by glossary expansion (the first 90, all splits)', () => {
    const questions = readDevSet(questionSetPath('dev'));
    const seed = realKnowledge();
    const expanded = summarize(evaluate(seed, questions));
    const plain = summarize(evaluate(seed, questions, { expand: false }));
    expect(expanded.hitAt1).toBeGreaterThanOrEqual(plain.hitAt1);
    expect(expanded.mrr).toBeGreaterThanOrEqual(plain.mrr - 0.005);
    // With the calibrated confidence model both leave the same 2 answerable questions at "none".
    expect(expanded.falseNone).toBeLessThanOrEqual(plain.falseNone);
  });
});

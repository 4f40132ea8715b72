import { describe, expect, it } from 'vitest';
import { readDevSet } from '../../eval/dev-set.js';
import { loadConfiguration } from '../../eval/load-configuration.js';
import { evaluate, summarize, thresholdDisagreements } from '../../eval/metrics.js';
import { CONFIGURATIONS, questionSetPath } from '../../eval/sets.js';
import { expectFloors } from './quality-floors.js';

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

  // Measured: hit@1 0.800, hit@3 0.967, MRR 0.878, "none" 1/5 unanswerable and 2/30 answerable.
  it('the first 90 stays above its floors', () => {
    expectFloors(knowledge, 'dev', { hitAt1: 0.76, hitAt3: 0.93, mrr: 0.84, unanswerableNone: 0.2, answerableNoneAtMost: 0.1 });
  });

  // Measured: hit@1 0.769, hit@3 0.815, MRR 0.814, excerpts 21/21, "none" 14/15 unanswerable and 24/65 answerable.
  it('the papers set stays above its floors', () => {
    expectFloors(knowledge, 'papers', { hitAt1: 0.74, hitAt3: 0.78, mrr: 0.78, excerptWithAnswer: 0.9, unanswerableNone: 0.8, answerableNoneAtMost: 0.4 });
  });

  it('decides "none" exactly as the coverage threshold the eval calibrates predicts', () => {
    // The eval's "none" calibration replays ask()'s rule (best coverage < minCoverage → none);
    // if ask() decides otherwise, the calibrated figures describe a rule the bot no longer has.
    const outcomes = evaluate(knowledge, readDevSet(questionSetPath('papers')));
    expect(thresholdDisagreements(knowledge, outcomes).map((o) => o.question.q)).toEqual([]);
  });

  it('is helped, not hurt, by glossary expansion (the first 90, all splits)', () => {
    const questions = readDevSet(questionSetPath('dev'));
    const expanded = summarize(evaluate(knowledge, questions));
    const plain = summarize(evaluate(knowledge, questions, { expand: false }));
    expect(expanded.hitAt1).toBeGreaterThanOrEqual(plain.hitAt1);
    expect(expanded.mrr).toBeGreaterThanOrEqual(plain.mrr - 0.005);
    expect(expanded.falseNone).toBeLessThan(plain.falseNone);
  });
});

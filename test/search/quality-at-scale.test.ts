import { beforeAll, describe, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/knowledge.js';
import { loadConfiguration } from '../../eval/load-configuration.js';
import { AT_SCALE, unavailable } from '../../eval/sets.js';
import { expectFloors } from './quality-floors.js';

/**
 * Quality floors at scale: the shipped questions asked over the papers among every 2022 White House
 * release (../shared/corpora/whitehouse-2022, read in place; 15,236 passages). Only here does the
 * posting budget bind, so only here does what the index query sends and leaves out (query-plan.ts)
 * change an answer: on the papers alone every term is sent. On each set's locked TEST split; each
 * floor a little below what was measured (about one question's worth). Loading the 1,833 documents
 * and their index takes about half a minute.
 */
const missing = unavailable(AT_SCALE);
if (missing !== null) console.warn(`skipping the quality floors at scale: ${missing}`);

describe.skipIf(missing !== null)('answer quality with the papers among whitehouse-2022 (test split)', () => {
  let knowledge: Knowledge;
  beforeAll(() => {
    knowledge = loadConfiguration(AT_SCALE, (line) => {
      throw new Error(`corpus problem: ${line}`);
    });
  }, 180_000);

  // Measured: hit@1 0.800, hit@3 0.900, MRR 0.854; answerable at "none" 0 of 30. When the budget went
  // to the rarest terms whatever their weight (postingWeightPower 0): 0.733, 0.800, 0.767.
  it('the first 90 at scale stays above its floors', () => {
    expectFloors(knowledge, 'dev', { hitAt1: 0.76, hitAt3: 0.86, mrr: 0.82, answerableNoneAtMost: 0.04 });
  });

  // Measured: hit@1 0.708, hit@3 0.800, MRR 0.761, excerpts 21/21; answerable at "none" 0 of 65,
  // unanswerable 5 / 6 / 4 found / possible / none. Rarest terms first: 0.692, 0.738, 0.718.
  it('the papers set at scale stays above its floors', () => {
    expectFloors(knowledge, 'papers', { hitAt1: 0.69, hitAt3: 0.78, mrr: 0.74, excerptWithAnswer: 0.9, answerableNoneAtMost: 0.03 });
  });

  // Measured: hit@1 0.800, hit@3 0.857, MRR 0.843, excerpts 18/19; answerable at "none" 2 of 35.
  // Rarest terms first: 0.714, 0.800, 0.770.
  it('the fresh set at scale stays above its floors', () => {
    expectFloors(knowledge, 'fresh', { hitAt1: 0.77, hitAt3: 0.83, mrr: 0.81, excerptWithAnswer: 0.9, answerableNoneAtMost: 0.09 });
  });

  // Measured: hit@1 0.786, hit@3 0.857, MRR 0.817, excerpts 25/25; answerable at "none" 2 of 42.
  // Rarest terms first: 0.738, 0.810, 0.772.
  it('the fresh2 set at scale stays above its floors', () => {
    expectFloors(knowledge, 'fresh2', { hitAt1: 0.76, hitAt3: 0.83, mrr: 0.79, excerptWithAnswer: 0.95, answerableNoneAtMost: 0.07 });
  });
});

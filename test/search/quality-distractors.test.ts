import { beforeAll, describe, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/knowledge.js';
import { loadConfiguration } from '../../eval/load-configuration.js';
import { CONFIGURATIONS, unavailable } from '../../eval/sets.js';
import { expectFloors } from './quality-floors.js';

/**
 * Quality floors with the shared White House documents indexed beside the shipped papers
 * (../shared/corpora/whitehouse-japan, read in place): the shipped questions with those documents
 * as distractors, and the questions on those documents. On each set's locked TEST split; each
 * floor a little below what was measured when the split was made (about one question's worth).
 */
const configuration = CONFIGURATIONS.find((c) => c.name === 'shipped + whitehouse-japan')!;
const missing = unavailable(configuration);
if (missing !== null) console.warn(`skipping the quality floors with shared documents: ${missing}`);

describe.skipIf(missing !== null)('answer quality with whitehouse-japan beside the papers (test split)', () => {
  // Loaded before the tests, not while they are collected: a skipped block's body still runs.
  let knowledge: Knowledge;
  beforeAll(() => {
    knowledge = loadConfiguration(configuration, (line) => {
      throw new Error(`corpus problem: ${line}`);
    });
  });

  // Measured: hit@1 0.867, hit@3 0.900, MRR 0.898 (before whole expansion phrases 0.867, 0.933,
  // 0.901; before answer-type evidence and surroundings 0.800, 0.933, 0.860); found / possible /
  // none: answerable 19/10/1, unanswerable 2/2/1 (five unanswerable questions: too few for a floor on them).
  it('the first 90 among distractors stays above its floors', () => {
    expectFloors(knowledge, 'dev', { hitAt1: 0.83, hitAt3: 0.9, mrr: 0.87, answerableNoneAtMost: 0.07 });
  });

  // Measured: hit@1 0.708, hit@3 0.846, MRR 0.784, excerpts 22/22; answerable 41/23/1, unanswerable
  // 0/10/5 (before whole expansion phrases 0.778 and 2/9/4; before answer-type evidence and
  // surroundings 0.692, 0.831, 0.764; 43/20/2, 3/8/4). With the hand synonym table and one coverage
  // threshold (before): 0.723, 0.846, 0.793, "none" 11/15 unanswerable and 21/65 answerable.
  // Since: 0.738, 0.877, 0.811; answerable 48/17/0, unanswerable 3/6/6 — the confidence model
  // recalibrated with the two fresh sets' tuning questions moved two unanswerable test questions
  // from "possibly relevant" to "found" (1 → 3 of 15).
  it('the papers set among distractors stays above its floors', () => {
    expectFloors(knowledge, 'papers', { hitAt1: 0.69, hitAt3: 0.83, mrr: 0.77, excerptWithAnswer: 0.9, unanswerableNone: 0.26, answerableNoneAtMost: 0.05, unanswerableFoundAtMost: 0.27 });
  });

  // Written after the rest, by a reader who had not seen the code. Measured when added: hit@1
  // 0.743, hit@3 0.886, MRR 0.822, excerpts 19/20; answerable 24/8/3, unanswerable 2/2/1 (five:
  // too few for a floor on them).
  it('the fresh set among distractors stays above its floors', () => {
    expectFloors(knowledge, 'fresh', { hitAt1: 0.71, hitAt3: 0.85, mrr: 0.79, excerptWithAnswer: 0.9, answerableNoneAtMost: 0.12 });
  });

  // Written after this round's ranking changes. Measured when added: hit@1 0.929, hit@3 0.952,
  // MRR 0.940, excerpts 27/27; answerable 31/10/1, unanswerable 3/4/2.
  it('the fresh2 set among distractors stays above its floors', () => {
    expectFloors(knowledge, 'fresh2', { hitAt1: 0.9, hitAt3: 0.92, mrr: 0.91, excerptWithAnswer: 0.96, answerableNoneAtMost: 0.05 });
  });

  // Measured: hit@1 0.766, hit@3 0.894, MRR 0.835, excerpts 16/18; answerable 34/12/1, unanswerable
  // 3/3/0 (six: too few for a "none" floor); before whole expansion phrases 0.745, 0.894, 0.820;
  // before answer-type evidence and surroundings 0.745, 0.872, 0.812. Before the paragraph-reading
  // loader (wrapped lines read as headings): 0.447, 0.532, 0.488.
  it('the whitehouse-japan set stays above its floors', () => {
    expectFloors(knowledge, 'whitehouse-japan', { hitAt1: 0.74, hitAt3: 0.87, mrr: 0.81, excerptWithAnswer: 0.83, answerableNoneAtMost: 0.05, unanswerableFoundAtMost: 0.84 });
  });

  // Written blind in session 27. Measured when added (test split, the code then): hit@1 0.679,
  // hit@3 0.893, MRR 0.787; answerable 22/6/0, unanswerable 9/0/1; with the figure-or-date rule
  // for "found", 21/7/0 and 7/2/1; after the joint fit of the re-ranker's weights 0.750, 0.893,
  // 0.821, answerable 22/6/0.
  it('the fresh3 set among distractors stays above its floors', () => {
    expectFloors(knowledge, 'fresh3', { hitAt1: 0.64, hitAt3: 0.85, mrr: 0.75, excerptWithAnswer: 0.9, answerableNoneAtMost: 0.04, unanswerableFoundAtMost: 0.8 });
  });

  // Written blind in session 27 on the White House documents, with 25 near misses of 80. Measured
  // when added (test split, the code then): hit@1 0.632, hit@3 0.737, MRR 0.708 on 19 answerable
  // questions; answerable 12/7/0, unanswerable 6/0/0 (six, all "found": too few for a floor). After
  // the joint fit of the re-ranker's weights: 0.684, 0.789, 0.759, answerable 10/9/0.
  it('the whitehouse-fresh set stays above its floors', () => {
    expectFloors(knowledge, 'whitehouse-fresh', { hitAt1: 0.57, hitAt3: 0.68, mrr: 0.66, answerableNoneAtMost: 0.06 });
  });
});

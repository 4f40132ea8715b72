import { expect } from 'vitest';
import { readDevSet, type DevQuestion } from '../../eval/dev-set.js';
import { evaluate, summarize, type Figures } from '../../eval/metrics.js';
import { questionSetPath } from '../../eval/sets.js';
import { splitOf } from '../../eval/split.js';
import type { Knowledge } from '../../src/knowledge/knowledge.js';

/** A set's floors on its locked test split: shares, 0–1. */
export interface Floors {
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Share of shown right passages whose excerpt contains the answer (sets that give answers). */
  excerptWithAnswer?: number;
  /** Share of unanswerable questions answered "none", at least (left out where the split has too few to measure it). */
  unanswerableNone?: number;
  /** Share of answerable questions answered "none", at most. */
  answerableNoneAtMost: number;
  /** Share of unanswerable questions answered "found" (not even "possibly relevant"), at most. */
  unanswerableFoundAtMost?: number;
}

export function testSplit(set: string): DevQuestion[] {
  return readDevSet(questionSetPath(set)).filter((question) => splitOf(question.q) === 'test');
}

/** The set's test-split figures under `knowledge`, checked against its floors; returned for more checks. */
export function expectFloors(knowledge: Knowledge, set: string, floors: Floors): Figures {
  const figures = summarize(evaluate(knowledge, testSplit(set)));
  expect(figures.answerable, `${set}: answerable test questions`).toBeGreaterThan(0);
  expect(figures.hitAt1, `${set} hit@1`).toBeGreaterThanOrEqual(floors.hitAt1);
  expect(figures.hitAt3, `${set} hit@3`).toBeGreaterThanOrEqual(floors.hitAt3);
  expect(figures.mrr, `${set} MRR`).toBeGreaterThanOrEqual(floors.mrr);
  if (floors.excerptWithAnswer !== undefined) {
    expect(figures.excerptShown, `${set}: shown right passages with an answer`).toBeGreaterThan(0);
    expect(figures.excerptWithAnswer / figures.excerptShown, `${set} excerpt contains the answer`).toBeGreaterThanOrEqual(floors.excerptWithAnswer);
  }
  if (floors.unanswerableNone !== undefined) {
    expect(figures.correctNone / figures.unanswerable, `${set} unanswerable answered "none"`).toBeGreaterThanOrEqual(floors.unanswerableNone);
  }
  expect(figures.falseNone / figures.answerable, `${set} answerable answered "none"`).toBeLessThanOrEqual(floors.answerableNoneAtMost);
  if (floors.unanswerableFoundAtMost !== undefined) {
    expect(figures.unanswerableOutcomes.found / figures.unanswerable, `${set} unanswerable answered "found"`).toBeLessThanOrEqual(floors.unanswerableFoundAtMost);
  }
  return figures;
}

import { describe, expect, it } from 'vitest';
import { calibrateThreshold, leaveOneDocumentOut, rightDecisions } from '../../eval/calibrate.js';
import type { DevQuestion } from '../../eval/dev-set.js';
import { summarize, type QuestionOutcome } from '../../eval/metrics.js';
import type { Split } from '../../eval/split.js';

let n = 0;
function outcome(doc: string | null, topCoverage: number | null, split: Split = 'tuning', rank: number | null = 1): QuestionOutcome {
  n += 1;
  const question: DevQuestion =
    doc === null
      ? { q: `unanswerable ${n}`, doc: null, phrase: null, style: 'none', where: `t:${n}` }
      : { q: `question ${n}`, doc, phrase: 'words', style: 'fact', where: `t:${n}` };
  return { question, split, rank, topCoverage, answer: 'found', reachable: true, excerptHasAnswer: null, excerptHasPhrase: null };
}

describe('the "none" threshold', () => {
  it('is chosen between the coverages that separate answerable from unanswerable questions', () => {
    const outcomes = [outcome('a.md', 0.9), outcome('a.md', 0.6), outcome('a.md', 0.4), outcome(null, 0.2), outcome(null, 0.3)];
    const threshold = calibrateThreshold(outcomes, 0.5);
    expect(threshold).toBeCloseTo(0.35);
    expect(rightDecisions(outcomes, threshold)).toBe(5);
  });

  it('stays where it is when moving it gains nothing', () => {
    const outcomes = [outcome('a.md', 0.9), outcome(null, 0.1)];
    expect(calibrateThreshold(outcomes, 0.5)).toBe(0.5);
  });

  it('refuses a question nothing matched, whatever the threshold', () => {
    const outcomes = [outcome('a.md', null), outcome(null, null)];
    expect(summarize(outcomes, 0).falseNone).toBe(1);
    expect(summarize(outcomes, 0).correctNone).toBe(1);
  });

  it('is calibrated without each document\'s own questions when that document is scored', () => {
    // Document b's questions cover little: with them, the threshold would drop to let them through.
    const outcomes = [outcome('a.md', 0.8), outcome('a.md', 0.7), outcome(null, 0.45), outcome('b.md', 0.3), outcome('b.md', 0.35), outcome('b.md', 0.32)];
    const rows = leaveOneDocumentOut(outcomes, 0.5);
    const b = rows.find((row) => row.doc === 'b.md')!;
    expect(b.threshold).toBeGreaterThan(0.45);
    expect(b.leftOut.falseNone).toBe(3);
    expect(calibrateThreshold(outcomes, 0.5)).toBeLessThan(0.3);
    expect(rows.map((row) => row.doc)).toEqual(['a.md', 'b.md']);
  });

  it('ignores the test split when calibrating', () => {
    const outcomes = [outcome('a.md', 0.9), outcome(null, 0.2), outcome('b.md', 0.1, 'test')];
    expect(leaveOneDocumentOut(outcomes, 0.5).find((row) => row.doc === 'b.md')!.leftOut.falseNone).toBe(1);
  });
});

describe('the figures', () => {
  it('count hits, reciprocal ranks, excerpts and unreachable phrases over answerable questions only', () => {
    const outcomes = [
      { ...outcome('a.md', 0.9, 'test', 1), excerptHasAnswer: true, excerptHasPhrase: false },
      { ...outcome('a.md', 0.9, 'test', 2), excerptHasAnswer: false },
      { ...outcome('a.md', 0.9, 'test', null), reachable: false },
      outcome(null, 0.2, 'test', null),
    ];
    const figures = summarize(outcomes);
    expect(figures).toMatchObject({ questions: 4, answerable: 3, unanswerable: 1, excerptShown: 2, excerptWithAnswer: 1, firstRight: 1, excerptWithPhrase: 0, unreachable: 1, correctNone: 0, falseNone: 0 });
    expect(figures.hitAt1).toBeCloseTo(1 / 3);
    expect(figures.hitAt3).toBeCloseTo(2 / 3);
    expect(figures.mrr).toBeCloseTo(1.5 / 3);
  });
});

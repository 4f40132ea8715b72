import { describe, expect, it } from 'vitest';
import { calibrateModel, FALSE_NONE_BUDGET, fitWeights, leaveOneDocumentOut, leaveOneUnanswerableOut, sameModel } from '../../eval/calibrate.js';
import type { DevQuestion } from '../../eval/dev-set.js';
import { decide, summarize, type QuestionOutcome } from '../../eval/metrics.js';
import type { Split } from '../../eval/split.js';

let n = 0;
/** An outcome whose best passage covers `coverage` of a question of `terms` terms (null: nothing matched). */
function outcome(doc: string | null, coverage: number | null, terms = 5, split: Split = 'tuning', rank: number | null = 1): QuestionOutcome {
  n += 1;
  const question: DevQuestion =
    doc === null
      ? { q: `unanswerable ${n}`, doc: null, phrase: null, style: 'none', where: `t:${n}` }
      : { q: `question ${n}`, doc, phrase: 'words', style: 'fact', where: `t:${n}` };
  const signal = coverage === null ? null : { coverage, questionTerms: terms };
  return { question, split, rank, topCoverage: coverage, signal, answer: 'found', reachable: true, excerptHasAnswer: null, excerptHasPhrase: null };
}

/** Answerable questions spread over coverage, and unanswerable ones mostly low. */
function spread(doc = 'a.md', split: Split = 'tuning'): QuestionOutcome[] {
  return [
    ...Array.from({ length: 100 }, (_, i) => outcome(doc, 0.3 + (0.7 * i) / 99, 5, split)),
    ...Array.from({ length: 12 }, (_, i) => outcome(null, 0.1 + (0.4 * i) / 11, 5, split)),
  ];
}

describe('the confidence model', () => {
  it('weighs coverage up, and, at the same coverage, a longer question up: a paraphrase shares fewer words', () => {
    const outcomes = [
      ...[0.3, 0.35, 0.4, 0.5].map((c) => outcome('a.md', c, 12)),
      ...[0.6, 0.7, 0.8, 0.9, 1].map((c) => outcome('a.md', c, 4)),
      ...[0.3, 0.35, 0.4, 0.5, 0.2].map((c) => outcome(null, c, 4)),
      outcome(null, 0.15, 12),
    ];
    const weights = fitWeights(outcomes);
    expect(weights.coverage).toBeGreaterThan(0);
    expect(weights.questionLength).toBeGreaterThan(0);
    const model = calibrateModel(outcomes);
    expect(decide({ coverage: 0.35, questionTerms: 12 }, model)).not.toBe('none');
    expect(decide({ coverage: 0.35, questionTerms: 4 }, model)).toBe('none');
  });

  it('sends at most the budgeted share of answerable tuning questions to "none", and refuses as many unanswerable ones as that allows', () => {
    const outcomes = spread();
    const model = calibrateModel(outcomes);
    const figures = summarize(outcomes, model);
    expect(figures.falseNone).toBeLessThanOrEqual(Math.floor(FALSE_NONE_BUDGET * figures.answerable));
    expect(model.noneBelow).toBeLessThanOrEqual(model.foundFrom);
    // One step higher would pass the budget: the cut-off is as high as it may be.
    const higher = { ...model, noneBelow: model.noneBelow + 0.02 };
    expect(summarize(outcomes, higher).falseNone).toBeGreaterThan(Math.floor(FALSE_NONE_BUDGET * figures.answerable));
    expect(figures.answerableOutcomes.found + figures.answerableOutcomes.possible + figures.answerableOutcomes.none).toBe(100);
  });

  it('is reproducible: the same questions give the same model, whatever their order', () => {
    const outcomes = spread();
    expect(sameModel(calibrateModel(outcomes), calibrateModel([...outcomes].reverse()))).toBe(true);
  });

  it('refuses a question nothing matched, whatever the model', () => {
    const model = calibrateModel(spread());
    const outcomes = [outcome('a.md', null), outcome(null, null)];
    expect(summarize(outcomes, model).falseNone).toBe(1);
    expect(summarize(outcomes, model).correctNone).toBe(1);
  });

  it('is calibrated without each document\'s own questions when that document is scored, and on the tuning split only', () => {
    const outcomes = [...spread('a.md'), ...spread('b.md', 'test')];
    const rows = leaveOneDocumentOut(outcomes);
    expect(rows.map((row) => row.doc)).toEqual(['a.md', 'b.md']);
    // b's questions are all in the test split: its left-out model is a's, calibrated on tuning questions.
    expect(sameModel(rows.find((row) => row.doc === 'b.md')!.model, calibrateModel(spread('a.md')))).toBe(true);
    const unanswerable = leaveOneUnanswerableOut(outcomes);
    expect(unanswerable.unanswerable).toBe(24);
    expect(unanswerable.answerable).toBe(0);
  });
});

describe('the figures', () => {
  it('count hits, reciprocal ranks, excerpts and unreachable phrases over answerable questions only', () => {
    const outcomes = [
      { ...outcome('a.md', 0.9, 5, 'test', 1), excerptHasAnswer: true, excerptHasPhrase: false },
      { ...outcome('a.md', 0.9, 5, 'test', 2), excerptHasAnswer: false },
      { ...outcome('a.md', 0.9, 5, 'test', null), reachable: false },
      outcome(null, 0.2, 5, 'test', null),
    ];
    const figures = summarize(outcomes);
    expect(figures).toMatchObject({ questions: 4, answerable: 3, unanswerable: 1, excerptShown: 2, excerptWithAnswer: 1, firstRight: 1, excerptWithPhrase: 0, unreachable: 1, correctNone: 0, falseNone: 0 });
    expect(figures.answerableOutcomes).toEqual({ found: 3, possible: 0, none: 0 });
    expect(figures.unanswerableOutcomes).toEqual({ found: 1, possible: 0, none: 0 });
    expect(figures.hitAt1).toBeCloseTo(1 / 3);
    expect(figures.hitAt3).toBeCloseTo(2 / 3);
    expect(figures.mrr).toBeCloseTo(1.5 / 3);
  });
});

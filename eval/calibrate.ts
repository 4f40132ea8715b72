import { confidenceFeatures, confidenceOf, mayBeFound, type ConfidenceModel, type ConfidenceSignal } from '../src/search/index.js';
import { decide, summarize, type Figures, type QuestionOutcome } from './metrics.js';

/**
 * The share of answerable tuning questions the calibration lets fall to "none". The goal is at most
 * 3 % on questions nobody tuned on, so half of it is kept in hand for them: the budget is the one
 * refusing the most unanswerable questions while its answerable ones at "none" stay under 1.5 %.
 * Chosen on the tuning split alone, each document's questions decided by a model calibrated without
 * them (and each unanswerable question by one calibrated without it). With the two fresh sets:
 * 1 % left 5 of 551 answerable tuning questions at "none" and refused 34 of 108 unanswerable
 * ones; 1.5 % left 8 (1.45 %) and refused 41; 2 % left 13 (2.4 %) and refused 43. Before them
 * (381 and 66): 1 % 4 and 26, 1.5 % 6 and 26, 2 % 8 and 27, 3 % 13 and 29.
 */
export const FALSE_NONE_BUDGET = 0.015;
/** A light ridge on the weights: keeps the fit finite when the tuning questions separate cleanly. */
const RIDGE = 0.01;
const NEWTON_STEPS = 50;

type Weights = Pick<ConfidenceModel, 'intercept' | 'coverage' | 'questionLength'>;
interface Example {
  signal: ConfidenceSignal;
  answerable: boolean;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

function examplesOf(outcomes: readonly QuestionOutcome[]): Example[] {
  // A question nothing matched is "none" whatever the model says: it teaches the model nothing.
  return outcomes.flatMap((o) => (o.signal === null ? [] : [{ signal: o.signal, answerable: o.question.style !== 'none' }]));
}

/** Solves a small linear system (Gaussian elimination with partial pivoting). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    const pivot = a.slice(col).reduce((best, row, i) => (Math.abs(row[col]!) > Math.abs(a[best]![col]!) ? col + i : best), col);
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = 0; row < n; row++) {
      if (row === col || a[col]![col] === 0) continue;
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  return a.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!));
}

/**
 * Logistic regression of "answerable" on the model's features (Newton's method from zero, a light
 * ridge): deterministic, so the same questions always give the same weights. Rounded to two places,
 * the precision options.ts keeps.
 */
export function fitWeights(outcomes: readonly QuestionOutcome[]): Weights {
  const examples = examplesOf(outcomes);
  const rows = examples.map((e) => [1, ...confidenceFeatures(e.signal)]);
  let w = [0, 0, 0];
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = w.map((wi, j) => (j === 0 ? 0 : RIDGE * wi));
    const hessian = w.map((_, j) => w.map((__, k) => (j === k && j > 0 ? RIDGE : 0)));
    rows.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, xj, j) => sum + xj * w[j]!, 0)));
      const y = examples[i]!.answerable ? 1 : 0;
      for (let j = 0; j < 3; j++) {
        gradient[j]! += (p - y) * x[j]!;
        for (let k = 0; k < 3; k++) hessian[j]![k]! += p * (1 - p) * x[j]! * x[k]!;
      }
    });
    const delta = solve(hessian, gradient);
    w = w.map((wi, j) => wi - delta[j]!);
  }
  return { intercept: round(w[0]!, 2), coverage: round(w[1]!, 2), questionLength: round(w[2]!, 2) };
}

/**
 * The whole model: weights fitted on `outcomes`, then two cut-offs on its confidence. Candidates sit
 * halfway between neighbouring confidences (the same decisions on these questions, with a margin
 * either way).
 * - "none" below the highest cut-off that sends at most FALSE_NONE_BUDGET of the answerable
 *   questions there: refuse as many unanswerable ones as that allows.
 * - "found" from the cut-off above it with the best balanced accuracy (answerable found minus
 *   unanswerable found, each as a share of its own kind, so the rarer unanswerable questions are
 *   not outvoted); lowest on a tie.
 */
export function calibrateModel(outcomes: readonly QuestionOutcome[], falseNoneBudget = FALSE_NONE_BUDGET): ConfidenceModel {
  const weights = fitWeights(outcomes);
  const model = { ...weights, noneBelow: 0, foundFrom: 0 };
  // A question whose best passage lacks the figure or date it asks for is never "found" (confidence.ts): it counts below every cut-off for "found".
  const scored = examplesOf(outcomes).map((e) => ({ answerable: e.answerable, confidence: confidenceOf(e.signal, model), mayBeFound: mayBeFound(e.signal.answerEvidence) }));
  const answerable = scored.filter((s) => s.answerable);
  const unanswerable = scored.filter((s) => !s.answerable);
  const values = [...new Set(scored.map((s) => s.confidence))].sort((a, b) => a - b);
  const candidates = [0, ...values.slice(1).map((value, i) => (values[i]! + value) / 2), 1];
  const budget = Math.floor(falseNoneBudget * outcomes.filter((o) => o.question.style !== 'none').length) - outcomes.filter((o) => o.signal === null && o.question.style !== 'none').length;
  const below = (some: typeof scored, t: number) => some.filter((s) => s.confidence < t).length;
  const noneBelow = candidates.filter((t) => below(answerable, t) <= budget).at(-1) ?? 0;
  const share = (some: typeof scored, t: number) => (some.length === 0 ? 0 : some.filter((s) => s.mayBeFound && s.confidence >= t).length / some.length);
  let foundFrom = 1;
  let best = -Infinity;
  for (const t of candidates.filter((c) => c >= noneBelow)) {
    const balance = share(answerable, t) - share(unanswerable, t);
    if (balance > best + 1e-12) {
      best = balance;
      foundFrom = t;
    }
  }
  return { ...weights, noneBelow: round(noneBelow, 3), foundFrom: round(foundFrom, 3) };
}

/** Whether two models decide alike: the same weights and cut-offs, at options.ts's precision. */
export function sameModel(a: ConfidenceModel, b: ConfidenceModel): boolean {
  return (['intercept', 'coverage', 'questionLength', 'noneBelow', 'foundFrom'] as const).every((key) => Math.abs(a[key] - b[key]) < 1e-9);
}

export interface DocumentFigures {
  doc: string;
  /** The model calibrated on the tuning questions of every other document (and the unanswerable ones). */
  model: ConfidenceModel;
  /** The document's questions, all splits: as ask() answers today, and with the left-out model. */
  today: Figures;
  leftOut: Figures;
}

const isTuning = (o: QuestionOutcome) => o.split === 'tuning';

/**
 * Leave one document out: for each document, the model is calibrated on the tuning questions about
 * the other documents and the unanswerable ones (`pool`: every configuration's, since the shipped
 * model is calibrated on them all), then scored on all of that document's questions in `scored` —
 * how the choice fares on a document it never saw.
 */
export function leaveOneDocumentOut(pool: readonly QuestionOutcome[], scored: readonly QuestionOutcome[] = pool): DocumentFigures[] {
  const docs = [...new Set(scored.flatMap((o) => (o.question.doc === null ? [] : [o.question.doc])))].sort();
  return docs.map((doc) => {
    const own = scored.filter((o) => o.question.doc === doc);
    const model = calibrateModel(pool.filter((o) => isTuning(o) && o.question.doc !== doc));
    return { doc, model, today: summarize(own), leftOut: summarize(own, model) };
  });
}

/**
 * The unanswerable questions' side of leaving out: each is decided by a model calibrated without it
 * (in any configuration), as a question nobody tuned on would be. Figures of the unanswerable
 * questions of `scored` only.
 */
export function leaveOneUnanswerableOut(pool: readonly QuestionOutcome[], scored: readonly QuestionOutcome[] = pool): Figures {
  const unanswerable = scored.filter((o) => o.question.style === 'none');
  const decided = unanswerable.map((o) => ({ ...o, answer: decide(o.signal, calibrateModel(pool.filter((p) => isTuning(p) && p.question.q !== o.question.q))) }));
  return summarize(decided);
}

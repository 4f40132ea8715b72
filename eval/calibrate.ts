import { decide, summarize, type Figures, type QuestionOutcome } from './metrics.js';

/** What the threshold is chosen for: answerable questions answered, plus unanswerable ones refused. */
export function rightDecisions(outcomes: readonly QuestionOutcome[], threshold: number): number {
  return outcomes.filter((o) => (decide(o.topCoverage, threshold) === 'none') === (o.question.style === 'none')).length;
}

/**
 * The "none" threshold that makes the most right decisions on `outcomes`. Candidates sit halfway
 * between neighbouring coverages (the same decisions on these questions, with a margin either way),
 * plus "always found" and "always none"; among equals, the one nearest `current`, so a threshold
 * moves only when the questions say it should.
 */
export function calibrateThreshold(outcomes: readonly QuestionOutcome[], current: number): number {
  const values = [...new Set(outcomes.flatMap((o) => (o.topCoverage === null ? [] : [o.topCoverage])))].sort((a, b) => a - b);
  const candidates = [0, ...values.slice(1).map((value, i) => (values[i]! + value) / 2), (values.at(-1) ?? 1) + 1e-6];
  let best = current;
  let bestScore = rightDecisions(outcomes, current);
  for (const candidate of candidates) {
    const score = rightDecisions(outcomes, candidate);
    if (score > bestScore || (score === bestScore && Math.abs(candidate - current) < Math.abs(best - current))) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export interface DocumentFigures {
  doc: string;
  /** The threshold calibrated on the tuning questions of every other document (and the unanswerable ones). */
  threshold: number;
  /** The document's questions, all splits: as ask() answers today, and with the left-out threshold. */
  today: Figures;
  leftOut: Figures;
}

/**
 * Leave one document out: for each document, the threshold is chosen on the tuning questions
 * about the other documents and the unanswerable ones, then scored on all of that document's
 * questions — how the choice fares on a document it never saw.
 */
export function leaveOneDocumentOut(outcomes: readonly QuestionOutcome[], current: number): DocumentFigures[] {
  const docs = [...new Set(outcomes.flatMap((o) => (o.question.doc === null ? [] : [o.question.doc])))].sort();
  return docs.map((doc) => {
    const own = outcomes.filter((o) => o.question.doc === doc);
    const threshold = calibrateThreshold(outcomes.filter((o) => o.split === 'tuning' && o.question.doc !== doc), current);
    return { doc, threshold, today: summarize(own), leftOut: summarize(own, threshold) };
  });
}

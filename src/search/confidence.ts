import type { SearchHit } from './rank.js';

/**
 * How sure ask() is that the papers answer a question: found, possibly relevant, or none.
 *
 * One coverage number cannot tell a long analyst's paraphrase (many words, few of them the
 * passage's: low coverage, yet answerable) from a short near miss (one key word the papers lack:
 * the same coverage, not answerable). So the signal is the best passage's coverage together with
 * the question's length, combined by a logistic score whose weights and two cut-offs are fitted on
 * the eval's tuning split (eval/calibrate.ts, `npm run eval`).
 */
export type Outcome = 'found' | 'possible' | 'none';

export interface ConfidenceSignal {
  /** The best passage's coverage of the question: the share of its weight (IDF) the passage holds, 0–1. */
  coverage: number;
  /** How many distinct terms the question has (stop words and chat noise left out). */
  questionTerms: number;
}

/** A logistic score over the signal, and where its outcomes change. */
export interface ConfidenceModel {
  intercept: number;
  /** Weight of the best passage's coverage. */
  coverage: number;
  /** Weight of ln(question terms), counted from SHORTEST_COUNTED terms up. */
  questionLength: number;
  /** Below this confidence (0–1), "none". */
  noneBelow: number;
  /** From this confidence on, "found"; between the two, "possibly relevant". */
  foundFrom: number;
}

/**
 * Questions of one to three terms count alike: the question sets hold too few of one or two terms
 * (4 of 381 tuning questions) for the length weight to be trusted below three, and stretched there
 * it would make "jucip", fully matched, a mere "possibly relevant".
 */
export const SHORTEST_COUNTED = 3;

/** The model's inputs, in the order of its weights: coverage, ln(question terms). */
export function features(signal: ConfidenceSignal): [number, number] {
  return [signal.coverage, Math.log(Math.max(signal.questionTerms, SHORTEST_COUNTED))];
}

/** The signal a search hit gives: its coverage of the question, and the question's length in terms. */
export function signalOf(hit: Pick<SearchHit, 'coverage' | 'questionTerms'>): ConfidenceSignal {
  return { coverage: hit.coverage, questionTerms: hit.questionTerms };
}

/** The model's confidence that the papers answer the question, 0–1. */
export function confidenceOf(signal: ConfidenceSignal, model: ConfidenceModel): number {
  const [coverage, length] = features(signal);
  return 1 / (1 + Math.exp(-(model.intercept + model.coverage * coverage + model.questionLength * length)));
}

/** The outcome for a confidence; "none" when nothing matched at all (null). */
export function outcomeOf(confidence: number | null, model: Pick<ConfidenceModel, 'noneBelow' | 'foundFrom'>): Outcome {
  if (confidence === null || confidence < model.noneBelow) return 'none';
  return confidence >= model.foundFrom ? 'found' : 'possible';
}

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
  /** For a question asking for a figure or a date, the best passage's evidence of one (rank.ts); null or absent for any other question. */
  answerEvidence?: number | null;
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

/** The signal a search hit gives: its coverage of the question, the question's length in terms, and its evidence of a figure or date asked for. */
export function signalOf(hit: Pick<SearchHit, 'coverage' | 'questionTerms' | 'answerEvidence'>): ConfidenceSignal {
  return { coverage: hit.coverage, questionTerms: hit.questionTerms, answerEvidence: hit.answerEvidence };
}

/** The model's confidence that the papers answer the question, 0–1. */
export function confidenceOf(signal: ConfidenceSignal, model: ConfidenceModel): number {
  const [coverage, length] = features(signal);
  return 1 / (1 + Math.exp(-(model.intercept + model.coverage * coverage + model.questionLength * length)));
}

/**
 * A question asking for a figure or a date ("how much did …", "when was …") is "found" only where
 * a sentence of the best passage holding at least this share of the question also writes a
 * figure or a date the question does not give. A near miss shares the topic's words with a passage
 * that lacks the number asked for ("how much funding did the US commit to the Open RAN training
 * academy", of a passage that announces the academy and names no sum): shown as possibly relevant,
 * not as the answer. 0.1 on the tuning split, summed over every set and both corpora: off, 544
 * answerable and 53 unanswerable questions "found"; from 0.05 to 0.15, 533–534 and 41; at 0.2, 531
 * and 41; at 0.3, 517 and 41 (docs/QUALITY.md). No question moves to or from "none".
 */
export const ANSWER_EVIDENCE_FOR_FOUND = 0.1;

/** Whether a signal may be "found" at all: a figure or date asked for is written near the question's words. */
export function mayBeFound(answerEvidence: number | null | undefined): boolean {
  return answerEvidence == null || answerEvidence >= ANSWER_EVIDENCE_FOR_FOUND;
}

/** The outcome for a confidence; "none" when nothing matched at all (null). */
export function outcomeOf(confidence: number | null, model: Pick<ConfidenceModel, 'noneBelow' | 'foundFrom'>, answerEvidence: number | null = null): Outcome {
  if (confidence === null || confidence < model.noneBelow) return 'none';
  return confidence >= model.foundFrom && mayBeFound(answerEvidence) ? 'found' : 'possible';
}

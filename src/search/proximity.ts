/**
 * Term proximity: how close together the question's terms stand in a passage, 0–1. A passage that
 * says "Japan added 23 items to its export control list" answers better than one with "export" in
 * its first sentence and "items" in its last, though both hold the words. Each pair of distinct
 * question terms found in the passage counts for its nearest occurrences d terms apart, falling
 * linearly from 1 side by side to 0 beyond `window`, weighted by the lighter term of the pair (after
 * Rasolofo & Savoy's term-proximity score, whose 1/d² left little beyond adjacent pairs, which the
 * phrase bonus counts already); the sum is divided by what it would be if every pair of question
 * terms stood side by side, so a question's score does not grow with its length.
 */

export interface ProximityQuestion<T> {
  /** The question's distinct terms. */
  terms: readonly string[];
  /** A passage term (or its id) → the question term it stands for (the term itself, or an expansion of it). */
  termOf: (passageTerm: T) => string | undefined;
  weightOf: (questionTerm: string) => number;
}

export function proximity<T>(sequence: ArrayLike<T>, question: ProximityQuestion<T>, window: number): number {
  return proximityScorer(question, window)(sequence);
}

/**
 * `proximity` for one question and many passages: the score of every pair of question terms
 * side by side, which depends on the question alone, is summed once, not once per candidate (a
 * Map look-up for each term of each pair, for some thirty candidates a question).
 */
export function proximityScorer<T>(question: ProximityQuestion<T>, window: number): (sequence: ArrayLike<T>) => number {
  if (question.terms.length < 2 || window < 1) return () => 0;
  let best = 0;
  for (let i = 0; i < question.terms.length; i++) {
    for (let j = i + 1; j < question.terms.length; j++) best += Math.min(question.weightOf(question.terms[i]!), question.weightOf(question.terms[j]!));
  }
  if (best === 0) return () => 0;
  return (sequence) => {
    const positions = new Map<string, number[]>();
    for (let at = 0; at < sequence.length; at++) {
      const asked = question.termOf(sequence[at]!);
      if (asked === undefined) continue;
      const list = positions.get(asked);
      if (list === undefined) positions.set(asked, [at]);
      else list.push(at);
    }
    const found = [...positions.keys()];
    let sum = 0;
    for (let i = 0; i < found.length; i++) {
      for (let j = i + 1; j < found.length; j++) {
        const d = nearest(positions.get(found[i]!)!, positions.get(found[j]!)!);
        if (d <= window) sum += (Math.min(question.weightOf(found[i]!), question.weightOf(found[j]!)) * (window - d + 1)) / window;
      }
    }
    return sum / best;
  };
}

/** The smallest distance between two ascending lists of positions (a merge walk). */
function nearest(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let d = Infinity;
  while (i < a.length && j < b.length) {
    d = Math.min(d, Math.abs(a[i]! - b[j]!) || Infinity);
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return d;
}

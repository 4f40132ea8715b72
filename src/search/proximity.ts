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
  /**
   * `termOf` as the question term's place in `terms` (-1 for none), where the caller has it: it is
   * read for every term of every candidate passage, and a place needs no look-up by text.
   */
  placeOf?: (passageTerm: T) => number;
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
  // Each question term's positions in the passage, by place (the first `counts[place]` of its
  // list), and the places in the order the passage first has them; the lists are kept from
  // candidate to candidate and only their counts reset (setting an array's length to 0 frees it).
  const named = [...question.terms];
  const places = new Map(named.map((term, i) => [term, i]));
  const weights = named.map((term) => question.weightOf(term));
  const lists: number[][] = named.map(() => []);
  const counts: number[] = named.map(() => 0);
  const placeOf =
    question.placeOf ??
    ((passageTerm: T) => {
      const asked = question.termOf(passageTerm);
      if (asked === undefined) return -1;
      let at = places.get(asked);
      if (at === undefined) {
        // A term outside `terms` counts as its own, as it always has.
        places.set(asked, (at = named.push(asked) - 1));
        weights.push(question.weightOf(asked));
        lists.push([]);
        counts.push(0);
      }
      return at;
    });
  const order: number[] = [];
  return (sequence) => {
    order.length = 0;
    for (let at = 0; at < sequence.length; at++) {
      const place = placeOf(sequence[at]!);
      if (place < 0) continue;
      const count = counts[place]!;
      if (count === 0) order.push(place);
      lists[place]![count] = at;
      counts[place] = count + 1;
    }
    let sum = 0;
    for (let i = 0; i < order.length; i++) {
      for (let j = i + 1; j < order.length; j++) {
        const a = order[i]!;
        const b = order[j]!;
        const d = nearest(lists[a]!, counts[a]!, lists[b]!, counts[b]!);
        if (d <= window) sum += (Math.min(weights[a]!, weights[b]!) * (window - d + 1)) / window;
      }
    }
    for (const place of order) counts[place] = 0;
    return sum / best;
  };
}

/** The smallest distance between two ascending lists of positions, their first `aLength` and `bLength` (a merge walk). */
function nearest(a: readonly number[], aLength: number, b: readonly number[], bLength: number): number {
  let i = 0;
  let j = 0;
  let d = Infinity;
  while (i < aLength && j < bLength) {
    d = Math.min(d, Math.abs(a[i]! - b[j]!) || Infinity);
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return d;
}

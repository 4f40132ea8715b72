/**
 * Pseudo-relevance feedback: the words the best passages for a question share, beyond the
 * question's own, describe its topic in the corpus's words — a paraphrase ("where did the top
 * diplomats huddle") shares few words with its passage, but the passages it does find first tend to
 * use the topic's words ("foreign ministers met"). Candidates holding those words are lifted a
 * little; weighted low, since the first passages may be wrong.
 */

/**
 * The feedback terms and their weights: terms (not the question's own) found in at least two of
 * the `top` passages (or the one, if only one is given), weighed by how many hold them × their
 * weight in the corpus; the `count` heaviest.
 */
export function feedbackTerms(top: readonly ReadonlySet<string>[], own: ReadonlySet<string>, weight: (term: string) => number, count: number): Map<string, number> {
  const holders = new Map<string, number>();
  for (const terms of top) for (const term of terms) if (!own.has(term)) holders.set(term, (holders.get(term) ?? 0) + 1);
  const least = Math.min(2, top.length);
  const scored = [...holders].filter(([, n]) => n >= least).map(([term, n]): [string, number] => [term, n * weight(term)]);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(scored.slice(0, count));
}

/** Share, 0–1, of the feedback terms' weight that a passage holds. */
export function feedbackShare(terms: ReadonlySet<string>, feedback: ReadonlyMap<string, number>): number {
  let total = 0;
  let held = 0;
  for (const [term, w] of feedback) {
    total += w;
    if (terms.has(term)) held += w;
  }
  return total === 0 ? 0 : held / total;
}

/**
 * A length prior for very short passages. A passage of a dozen terms that matches most of a
 * question's rare terms does so more often by chance than one of a hundred, and BM25's length
 * normalisation favours it further; the White House fact sheets are full of one-line bullets. The
 * penalty falls linearly from 1 for an empty passage to 0 at `length` terms; longer passages are
 * untouched.
 */
export function shortness(termCount: number, length: number): number {
  if (length <= 0) return 0;
  return Math.max(0, 1 - termCount / length);
}

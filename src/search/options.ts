/**
 * Search settings, chosen on the tuning split of the question sets (test/fixtures/questions/,
 * `npm run eval`; `eval/sweep.ts` tries values). A method left at 0 was tried and did not help
 * there; it stays so it can be swept again when the corpus or the question sets grow.
 * Merged over by callers that want to experiment (the eval's sweeps), MiniSearch-style.
 */
export interface SearchOptions {
  /** Field boosts: a question naming a section heading or a title is a strong signal. */
  boost: { text: number; section: number; title: number };
  /**
   * MiniSearch's BM25 parameters: k, how fast repeating a term stops adding; b, how much a long
   * passage is discounted against a short one; d, the floor each matched term earns. A longer
   * passage is discounted less than MiniSearch's default (b 0.7): short fact-sheet bullets then
   * outrank the papers' fuller paragraphs less easily.
   */
  bm25: { k: number; b: number; d: number };
  /** Max edit distance as a fraction of term length, for terms at least `fuzzyMinLength` long. */
  fuzzy: number;
  fuzzyMinLength: number;
  /** Prefix matching for terms at least this long ("semicon" → "semiconductor"). */
  prefixMinLength: number;
  /** Weight of a synonym or glossary expansion relative to the question's own words. */
  expansionWeight: number;
  /** Bonus per pair of adjacent question words found adjacent in the passage (at most 3 count). */
  phraseWeight: number;
  /** Terms in more than this share of passages are left out of the index query (see selective()). */
  commonShare: number;
  /** How many MiniSearch candidates are re-ranked by coverage. */
  candidates: number;
  /** Weight of IDF-weighted question coverage in the final score (0 = plain BM25). */
  coverageWeight: number;
  /** Below this coverage of the question by the best passage, the answer is "none". */
  minCoverage: number;
  /**
   * Weight of an earlier question's words when a follow-up is read with it: they steer the
   * search to the same topic without outweighing what the follow-up itself asks.
   */
  contextWeight: number;
  /** Weight of term proximity (proximity.ts): question terms standing close together in the passage. */
  proximityWeight: number;
  /** Question terms farther apart than this many terms do not count as close. */
  proximityWindow: number;
  /**
   * Share of a question word's weight a passage earns when the word is not in the passage but in
   * its document's authors or publisher ("according to togashi", "the japan forward article").
   */
  documentNameWeight: number;
  /**
   * Weight, in the ranking only, of a question word no passage has, as a share of its weight (the
   * rarest term's). The coverage that decides "none" keeps it whole.
   */
  unknownWeight: number;
  /** Share of a reporter's question's score the answer after it earns (answers.ts): 0 turns it off. */
  answerWeight: number;
  /** Weight of pseudo-relevance feedback (feedback.ts): 0 turns it off. */
  feedbackWeight: number;
  /** How many of the best candidates give the feedback terms. */
  feedbackPassages: number;
  /** How many feedback terms count. */
  feedbackTermCount: number;
}

const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  boost: { text: 1, section: 1, title: 0.5 },
  bm25: { k: 2, b: 0.5, d: 0.5 },
  fuzzy: 0.15,
  fuzzyMinLength: 5,
  prefixMinLength: 4,
  expansionWeight: 0.3,
  phraseWeight: 0.2,
  commonShare: 0.5,
  candidates: 30,
  coverageWeight: 2,
  minCoverage: 0.5,
  contextWeight: 0.5,
  proximityWeight: 0.5,
  proximityWindow: 8,
  documentNameWeight: 0,
  unknownWeight: 1,
  answerWeight: 1.05,
  feedbackWeight: 0,
  feedbackPassages: 3,
  feedbackTermCount: 10,
};

export function resolveSearchOptions(overrides: Partial<SearchOptions> = {}): SearchOptions {
  for (const key of Object.keys(overrides)) {
    if (!(key in DEFAULT_SEARCH_OPTIONS)) throw new Error(`briefbot search: unknown option "${key}"`);
  }
  return { ...DEFAULT_SEARCH_OPTIONS, ...overrides };
}

import type { Passage } from '../corpus/index.js';
import { shortness } from './length-prior.js';
import type { SearchOptions } from './options.js';

/** What the methods read of a passage's surroundings. */
export interface SurroundingsSources {
  options: Pick<SearchOptions, 'documentWeight' | 'sectionWeight' | 'neighbourWeight' | 'shortPassageWeight' | 'shortPassageLength'>;
  /** A question term's id and its expansions' ids. */
  idsOf: (term: string) => readonly number[];
  /**
   * Whether the passage's whole document, its section, or a passage beside it has any of these
   * ids. A section holds nothing its document lacks, and a passage beside one under the same
   * heading nothing its section lacks: a narrower one is not asked where a wider one said no.
   */
  documentHolds: (passage: Passage, ids: readonly number[]) => boolean;
  sectionHolds: (passage: Passage, ids: readonly number[]) => boolean;
  besideHolds: (passage: Passage, ids: readonly number[]) => boolean;
  /** How many terms the passage has. */
  termCount: (passage: Passage) => number;
}

/**
 * What a passage's surroundings add to its score, each method off at weight 0 and then not even
 * consulted: the share of the question its document and its section hold (group-evidence.ts), the
 * share its neighbours add that it lacks (neighbours.ts), less a penalty for a very short passage
 * (length-prior.ts). `matched` are the question terms the passage itself holds: its section and
 * document hold them too, so only the others are looked up, by id (each look-up is a binary search
 * per term and expansion, for some thirty candidates a question).
 */
export function surroundings(passage: Passage, matched: readonly string[], questionTerms: readonly string[], weightOf: (term: string) => number, sources: SurroundingsSources): number {
  const { documentWeight, sectionWeight, neighbourWeight, shortPassageWeight, shortPassageLength } = sources.options;
  let score = shortPassageWeight === 0 ? 0 : -shortPassageWeight * shortness(sources.termCount(passage), shortPassageLength);
  if (documentWeight === 0 && sectionWeight === 0 && neighbourWeight === 0) return score;
  // One pass over the question's terms (a candidate's hot path: no closures, no sets).
  let total = 0;
  let held = 0;
  let inDocument = 0;
  let inSection = 0;
  let beside = 0;
  for (const term of questionTerms) {
    const w = weightOf(term);
    total += w;
    if (matched.includes(term)) {
      held += w;
      continue;
    }
    const ids = sources.idsOf(term);
    // Each look-up is binary searches in the group's terms, the hot part of this loop.
    if (documentWeight !== 0) {
      if (!sources.documentHolds(passage, ids)) continue;
      inDocument += w;
    }
    if (sectionWeight !== 0) {
      if (!sources.sectionHolds(passage, ids)) continue;
      inSection += w;
    }
    if (neighbourWeight !== 0 && sources.besideHolds(passage, ids)) beside += w;
  }
  if (total === 0) return score;
  score += (documentWeight * (held + inDocument) + sectionWeight * (held + inSection) + neighbourWeight * beside) / total;
  return score;
}

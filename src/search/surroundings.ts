import type { Passage } from '../corpus/index.js';
import type { TermSet } from './compact-term-sets.js';
import { heldShare } from './group-evidence.js';
import { shortness } from './length-prior.js';
import { neighboursOf } from './neighbours.js';
import type { SearchOptions } from './options.js';

/** What the methods read of a passage's surroundings. */
export interface SurroundingsSources {
  options: Pick<SearchOptions, 'documentWeight' | 'sectionWeight' | 'neighbourWeight' | 'shortPassageWeight' | 'shortPassageLength'>;
  /** The terms of the passage's whole document, and of its section (asked only when their weight is on). */
  documentTermsOf: (passage: Passage) => TermSet;
  sectionTermsOf: (passage: Passage) => TermSet;
  /** A passage's own terms. */
  termsOf: (passage: Passage) => TermSet;
  passageById: (id: string) => Passage | undefined;
  /** How many terms the passage has. */
  termCount: (passage: Passage) => number;
}

interface AskedTerms {
  questionTerms: readonly string[];
  expansions: ReadonlyMap<string, string[]>;
}

/**
 * What a passage's surroundings add to its score, each method off at weight 0 and then not even
 * consulted: the share of the question its document and its section hold (group-evidence.ts), the
 * share its neighbours add that it lacks (neighbours.ts), less a penalty for a very short passage
 * (length-prior.ts). `found` is what the passage itself holds; `holds` says whether a set holds a
 * question term or one of its expansions.
 */
export function surroundings(
  passage: Passage,
  found: TermSet,
  question: AskedTerms,
  weightOf: (term: string) => number,
  holds: (set: TermSet, term: string, expansions: ReadonlyMap<string, string[]>) => boolean,
  sources: SurroundingsSources,
): number {
  const { documentWeight, sectionWeight, neighbourWeight, shortPassageWeight, shortPassageLength } = sources.options;
  const { questionTerms, expansions } = question;
  const share = (set: TermSet) => heldShare(questionTerms, (term) => holds(set, term, expansions), weightOf);
  let score = 0;
  if (documentWeight !== 0) score += documentWeight * share(sources.documentTermsOf(passage));
  if (sectionWeight !== 0) score += sectionWeight * share(sources.sectionTermsOf(passage));
  if (neighbourWeight !== 0) {
    const beside = neighboursOf(passage, sources.passageById).map((other) => sources.termsOf(other));
    const added = heldShare(questionTerms, (term) => !holds(found, term, expansions) && beside.some((set) => holds(set, term, expansions)), weightOf);
    score += neighbourWeight * added;
  }
  if (shortPassageWeight !== 0) score -= shortPassageWeight * shortness(sources.termCount(passage), shortPassageLength);
  return score;
}

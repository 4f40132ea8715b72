import type { Passage } from '../corpus/index.js';
import { isCjkTerm } from '../shared/text/search-terms.js';
import type { SearchOptions } from './options.js';
import { typedUnknown, type AnalysedQuestion } from './question-terms.js';

export interface SearchHit {
  passage: Passage;
  /** Final ranking score (BM25 blended with coverage). */
  score: number;
  /** Share of the question's weight (IDF) that the passage contains, 0–1. */
  coverage: number;
  /** The question's words, as typed, that no passage has, not even by prefix or typo. */
  unknownWords: string[];
  /** How many distinct terms the question has (the confidence model weighs its length). */
  questionTerms: number;
  /** The passage's own (processed) terms that matched the question, exactly or by prefix/typo. */
  matchedTerms: string[];
}

/** A passage the index returned for a question, with MiniSearch's score and matched terms. */
export interface Candidate {
  passage: Passage;
  score: number;
  /** The passage's terms that matched (after prefix/typo expansion). */
  terms: string[];
  /** The query terms that matched them. */
  queryTerms: string[];
}

interface RankingSources {
  options: SearchOptions;
  /** A term's weight (IDF) in the corpus. */
  weight: (term: string) => number;
  /** A passage's processed terms and adjacent term pairs. */
  termsOf: (passage: Passage) => { has(term: string): boolean };
  /** Whether a processed term occurs in the corpus, exactly or as a variant the index matched. */
  known: (term: string) => boolean;
}

/**
 * Re-ranks the index's candidates: BM25 (normalised to the best) blended with the share of the
 * question's weight a passage covers, plus a bonus for question words that stand side by side in
 * the passage too.
 */
export function rankCandidates(question: AnalysedQuestion, candidates: readonly Candidate[], sources: RankingSources): SearchHit[] {
  if (candidates.length === 0) return [];
  const { coverageWeight, phraseWeight, contextWeight } = sources.options;
  const { sequence, questionTerms, expansions, contextTerms, contextExpansions, earlierOnly } = question;
  const top = Math.max(...candidates.map((c) => c.score));
  const cjkCount = questionTerms.filter(isCjkTerm).length;
  const weightOf = (term: string) => sources.weight(term) / (isCjkTerm(term) ? cjkCount : 1);
  const totalWeight = questionTerms.reduce((sum, term) => sum + weightOf(term), 0) + contextWeight * contextTerms.reduce((sum, term) => sum + weightOf(term), 0);
  const known = (term: string) => sources.known(term) || (expansions.get(term) ?? []).some(sources.known);
  const unknownWords = typedUnknown(question.query, new Set(questionTerms.filter((term) => !known(term))));
  // Question words side by side ("export controls", "nippon steel") that stand side by side in a passage.
  const pairs = sequence.slice(1).map((term, i) => `${sequence[i]} ${term}`);
  const hits = candidates.map((candidate) => {
    // Matched exactly (common words too, which the index query leaves out), or by typo/prefix.
    const own = sources.termsOf(candidate.passage);
    const typed = new Set(candidate.queryTerms);
    const found = { has: (term: string) => own.has(term) || typed.has(term) };
    const matched = questionTerms.filter((term) => found.has(term) || (expansions.get(term) ?? []).some((e) => found.has(e)));
    const matchedEarlier = contextTerms.filter((term) => found.has(term) || (contextExpansions.get(term) ?? []).some((e) => found.has(e)));
    const coverage = (matched.reduce((sum, term) => sum + weightOf(term), 0) + contextWeight * matchedEarlier.reduce((sum, term) => sum + weightOf(term), 0)) / totalWeight;
    const phrases = pairs.filter((pair) => found.has(pair)).length;
    return {
      passage: candidate.passage,
      score: candidate.score / top + coverageWeight * coverage + phraseWeight * Math.min(phrases, 3),
      coverage,
      unknownWords,
      questionTerms: questionTerms.length,
      // The earlier question's words steer the ranking only: the excerpt answers the follow-up.
      matchedTerms: [...new Set([...candidate.terms.filter((term) => !earlierOnly.has(term)), ...matched.filter((term) => found.has(term))])],
    };
  });
  return hits.sort((a, b) => b.score - a.score);
}

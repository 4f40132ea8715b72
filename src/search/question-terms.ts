import { synonymsOf } from './synonyms.js';
import { terms } from '../shared/text/search-terms.js';

/**
 * What a question asks for, in the index's terms: its processed words in order, the extra terms
 * that may stand for some of them (synonyms, glossary expansions), and the words no passage has.
 */

/** A question (and the earlier question a follow-up is read with) in the index's terms. */
export interface AnalysedQuestion {
  /** The question's words, chat noise removed, as typed. */
  query: string;
  /** Its processed terms in order (for adjacent pairs). */
  sequence: string[];
  /** Its distinct processed terms. */
  questionTerms: string[];
  own: ReadonlySet<string>;
  /** Question term → terms that may stand for it. */
  expansions: ReadonlyMap<string, string[]>;
  /** The earlier question's terms the question does not have, and their expansions. */
  contextTerms: string[];
  contextExpansions: ReadonlyMap<string, string[]>;
  /** Every term the earlier question adds, expansions included. */
  earlier: ReadonlySet<string>;
  /** Every term the question itself asks for, expansions included. */
  asked: ReadonlySet<string>;
  /** Terms only the earlier question brings: they steer the ranking, not the excerpt. */
  earlierOnly: ReadonlySet<string>;
}

/** The question's terms and expansions, or null when it has no term to search for. */
export function analyseQuestion(query: string, extraTerms: readonly QueryExpansionTerms[], context: string, contextExtraTerms: readonly QueryExpansionTerms[]): AnalysedQuestion | null {
  const sequence = questionSequence(query);
  const questionTerms = [...new Set(sequence)];
  if (questionTerms.length === 0) return null;
  const expansions = expandTerms(query, questionTerms, extraTerms);
  const own = new Set(questionTerms);
  const contextTerms = [...new Set(questionSequence(context))].filter((term) => !own.has(term));
  const contextExpansions = expandTerms(context, contextTerms, contextExtraTerms);
  const earlier = new Set([...contextTerms, ...[...contextExpansions.values()].flat()]);
  const asked = new Set([...own, ...[...expansions.values()].flat()]);
  const earlierOnly = new Set([...earlier].filter((term) => !asked.has(term)));
  return { query, sequence, questionTerms, own, expansions, contextTerms, contextExpansions, earlier, asked, earlierOnly };
}

/**
 * The words of the question, as typed, whose every term is unknown: "rapidus", not the stem
 * "rapidu"; "いつ始まった", not its character pairs. A word is told once, without the punctuation
 * around it.
 */
export function typedUnknown(query: string, unknown: ReadonlySet<string>): string[] {
  if (unknown.size === 0) return [];
  const words = query.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const told = words.filter((word) => {
    const parts = terms(word);
    return parts.length > 0 && parts.every((term) => unknown.has(term));
  });
  return [...new Set(told)];
}

/** A question's processed terms in order; a hyphenated word counts by its parts ("commerce-meti": Commerce and METI). */
export function questionSequence(query: string): string[] {
  return terms(query.replace(/(\p{L})-(?=\p{L})/gu, '$1 '));
}

/** Extra search terms standing for some words of the question (glossary expansions). */
export interface QueryExpansionTerms {
  /** The question's words the terms stand for, as typed. */
  from: string;
  terms: readonly string[];
}

/** Question term → the processed terms that may stand for it (synonyms, glossary expansions). */
export function expandTerms(query: string, questionTerms: readonly string[], extraTerms: readonly QueryExpansionTerms[]): Map<string, string[]> {
  const expansions = new Map<string, string[]>();
  const add = (term: string, more: string[]) => {
    if (more.length > 0 && questionTerms.includes(term)) expansions.set(term, [...(expansions.get(term) ?? []), ...more]);
  };
  const words = query.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’&+.-]*/gu) ?? [];
  for (const word of words) {
    const stood = synonymsOf(word.replace(/[.’']s$|\.$/, '')).flatMap((phrase) => terms(phrase));
    for (const term of terms(word)) add(term, stood);
  }
  // A glossary expansion counts only for the words that named the entry ("economic two plus two").
  for (const expansion of extraTerms) {
    const stood = expansion.terms.flatMap((phrase) => terms(phrase));
    for (const term of terms(expansion.from)) add(term, stood);
  }
  return expansions;
}

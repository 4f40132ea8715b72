import { variantsOf, type VariantRules } from './term-variants.js';
import type { Vocabulary } from './vocabulary.js';

/** A question term to look for, with its boost (own words 1, expansions and context less). */
export interface SourceTerm {
  term: string;
  boost: number;
  rules: VariantRules;
}

/** An exact corpus term sent to MiniSearch for a question term, boosted by both weights. */
export interface SentTerm {
  source: string;
  term: string;
  boost: number;
}

export interface QueryPlan {
  /** The terms to send, in MiniSearch's own order (question term by question term). */
  sent: SentTerm[];
  /** The question terms the corpus has in some form (exact, longer, typo), sent or not. */
  matchable: ReadonlySet<string>;
}

/**
 * What to ask MiniSearch for: each question term's variants, looked up once in the vocabulary,
 * sent as exact terms — the rarest first, until the postings they make MiniSearch walk reach
 * `budget` (the rarest is always sent). A common variant left out ("econom" for the typo
 * "economi") would touch most passages and change little in the order; the question terms still
 * count through coverage, which rank.ts reads from each candidate's own terms.
 */
export function planQuery(sources: readonly SourceTerm[], vocabulary: Vocabulary, budget: number): QueryPlan {
  const all: (SentTerm & { postings: number; order: number })[] = [];
  const matchable = new Set<string>();
  for (const source of sources) {
    const variants = variantsOf(source.term, vocabulary, source.rules);
    if (variants.length > 0) matchable.add(source.term);
    for (const variant of variants) {
      all.push({ source: source.term, term: variant.term, boost: source.boost * variant.weight, postings: vocabulary.postingsOf(variant.term), order: all.length });
    }
  }
  const rarestFirst = [...all].sort((a, b) => a.postings - b.postings || a.order - b.order);
  const kept = new Set<number>();
  let walked = 0;
  for (const entry of rarestFirst) {
    if (kept.size > 0 && walked + entry.postings > budget) break;
    kept.add(entry.order);
    walked += entry.postings;
  }
  const sent = all.filter((entry) => kept.has(entry.order)).map(({ source, term, boost }) => ({ source, term, boost }));
  return { sent, matchable };
}

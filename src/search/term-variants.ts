import type { Vocabulary } from './vocabulary.js';

/** A corpus term standing for a question term: itself, a longer form, or a near spelling. */
export interface Variant {
  term: string;
  /** Share of an exact match's score: 1 for the term itself. */
  weight: number;
  kind: 'exact' | 'prefix' | 'typo';
}

export interface VariantRules {
  prefix: boolean;
  /** Edits a typo may be away (0: none). */
  maxDistance: number;
  /** At most this many prefix and typo variants, the best weighted. */
  limit: number;
}

/*
 * MiniSearch's default weights for prefix and fuzzy matches (SearchOptions.weights) and the way it
 * scales them by how far the variant is from the term (executeQuerySpec): sending a variant as an
 * exact term with this weight as its boost scores it as MiniSearch's own prefix/fuzzy search would.
 * test/search/minisearch-contract.test.ts pins the equivalence.
 */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

export function prefixWeight(term: string, variant: string): number {
  return (PREFIX_WEIGHT * variant.length) / (variant.length + 0.3 * (variant.length - term.length));
}

export function typoWeight(variant: string, distance: number): number {
  return (FUZZY_WEIGHT * variant.length) / (variant.length + distance);
}

/**
 * The corpus terms a question term stands for, looked up once in the vocabulary: the term, its
 * longer forms when prefixes count, and its spellings within `maxDistance` edits (a term that is
 * also a longer form counts as that, as MiniSearch counts it). Only the `limit` best weighted
 * variants are kept: in a real vocabulary a short stem has hundreds of longer forms, and each
 * costs a pass over its passages. Variants come in MiniSearch's own order (the term, longer
 * forms, typos), so scores add up in the same order.
 */
export function variantsOf(term: string, vocabulary: Vocabulary, rules: VariantRules): Variant[] {
  const found: Variant[] = [];
  const longer = new Set<string>();
  if (rules.prefix) {
    for (const word of vocabulary.withPrefix(term)) {
      if (word === term) continue;
      longer.add(word);
      found.push({ term: word, weight: prefixWeight(term, word), kind: 'prefix' });
    }
  }
  if (rules.maxDistance > 0) {
    for (const [word, distance] of vocabulary.near(term, rules.maxDistance)) {
      if (distance > 0 && !longer.has(word)) found.push({ term: word, weight: typoWeight(word, distance), kind: 'typo' });
    }
  }
  const kept = found.length <= rules.limit ? found : bestOf(found, rules.limit);
  const exact: Variant[] = vocabulary.idOf(term) === undefined ? [] : [{ term, weight: 1, kind: 'exact' }];
  return [...exact, ...kept];
}

/** The `limit` best weighted variants, in their original order (ties: the earlier first). */
function bestOf(variants: Variant[], limit: number): Variant[] {
  const best = new Set(
    variants
      .map((variant, order) => ({ variant, order }))
      .sort((a, b) => b.variant.weight - a.variant.weight || a.order - b.order)
      .slice(0, limit)
      .map(({ variant }) => variant),
  );
  return variants.filter((variant) => best.has(variant));
}

import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { BestKept } from './best-kept.js';
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
  /** The variants past the budget: they count for the candidates that have them, unscored. */
  left: SentTerm[];
  /** The question terms the corpus has in some form (exact, longer, typo), sent or not. */
  matchable: ReadonlySet<string>;
}

/**
 * What to ask MiniSearch for: each question term's variants, looked up once in the vocabulary,
 * sent as exact terms — those with the fewest postings per unit of boost first (postings ÷
 * boost^`weightPower`), until the postings they make MiniSearch walk reach `budget` (the first is
 * always sent). A common variant left out ("econom" for the typo "econimic") would touch most
 * passages and change little in the order; it still counts for coverage in the candidates that
 * have it (`left`). With `weightPower` 0 the rarest go first whatever their boost, so at scale a
 * rare WordNet expansion, worth a sixth of a question word, could take the budget a question's own
 * word needed.
 */
export function planQuery(sources: readonly SourceTerm[], vocabulary: Vocabulary, budget: number, weightPower = 0): QueryPlan {
  const all: (SentTerm & { postings: number; order: number })[] = [];
  const matchable = new Set<string>();
  for (const source of sources) {
    const variants = variantsOf(source.term, vocabulary, source.rules);
    if (variants.length > 0) matchable.add(source.term);
    for (const variant of variants) {
      all.push({ source: source.term, term: variant.term, boost: source.boost * variant.weight, postings: vocabulary.postingsOf(variant.term), order: all.length });
    }
  }
  const cost = (entry: { postings: number; boost: number }) => entry.postings / entry.boost ** weightPower;
  const cheapestFirst = [...all].sort((a, b) => cost(a) - cost(b) || a.order - b.order);
  const kept = new Set<number>();
  let walked = 0;
  for (const entry of cheapestFirst) {
    if (kept.size > 0 && walked + entry.postings > budget) break;
    kept.add(entry.order);
    walked += entry.postings;
  }
  const plain = ({ source, term, boost }: SentTerm) => ({ source, term, boost });
  const sent = all.filter((entry) => kept.has(entry.order)).map(plain);
  const left = all.filter((entry) => !kept.has(entry.order)).map(plain);
  return { sent, left, matchable };
}

/** A passage MiniSearch found for a plan, scored as if it had expanded the question terms itself. */
export interface PlannedResult {
  id: string;
  score: number;
  /** The passage's terms that matched. */
  terms: string[];
  /** The question terms they stand for. */
  queryTerms: string[];
}

/**
 * Runs a plan through MiniSearch and returns its `limit` best results: MiniSearch's scoring
 * (BM25, field boosts, each sent term's boost) as it is. MiniSearch multiplies a passage's score by
 * how many of the sent terms it matched; here the multiplier is how many question terms they stand
 * for, as when MiniSearch expanded the question terms itself (test/search/minisearch-contract.test.ts
 * pins the equivalence). Equal scores go in `order` (lower first).
 */
export function searchPlanned<T>(mini: MiniSearch<T>, sent: readonly SentTerm[], scoring: Pick<SearchOptions, 'boost' | 'bm25'>, limit = Infinity, order: (id: string) => number = () => 0): PlannedResult[] {
  if (sent.length === 0) return [];
  const sourcesOf = new Map<string, string[]>();
  for (const { term, source } of sent) {
    const sources = sourcesOf.get(term);
    if (sources === undefined) sourcesOf.set(term, [source]);
    else if (!sources.includes(source)) sources.push(source);
  }
  // At scale most results match one term and few are kept: each result is weighed as MiniSearch
  // hands it to `filter` and only the best are kept, so MiniSearch neither keeps nor sorts the
  // thousands of others (fewer objects alive, less garbage collection). The question terms are
  // collected when a result matched more than one term.
  const questionTerms = (terms: string[]) => {
    if (terms.length === 1) return sourcesOf.get(terms[0]!)!;
    const sources = new Set<string>();
    for (const term of terms) for (const source of sourcesOf.get(term)!) sources.add(source);
    return [...sources];
  };
  const best = new BestKept<SearchResult>(limit, (result) => order(String(result.id)));
  mini.search(sent.map((entry) => entry.term).join(' '), {
    ...scoring,
    // The terms are processed already: split on spaces, leave them as they are.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boostTerm: (_term, i) => sent[i]!.boost,
    prefix: false,
    fuzzy: false,
    filter: (result) => {
      best.offer(result, (result.score / result.queryTerms.length) * questionTermCount(result.terms, sourcesOf));
      return false;
    },
  });
  return best.best().map(({ item: result, score }) => ({ id: String(result.id), score, terms: result.terms, queryTerms: questionTerms(result.terms) }));
}

/** How many distinct question terms these matched terms stand for (each term's sources are distinct): each result's multiplier, with no arrays made for the thousands not kept. */
function questionTermCount(terms: readonly string[], sourcesOf: ReadonlyMap<string, readonly string[]>): number {
  if (terms.length === 1) return sourcesOf.get(terms[0]!)!.length;
  let count = 0;
  for (let i = 0; i < terms.length; i++) {
    for (const source of sourcesOf.get(terms[i]!)!) {
      let earlier = false;
      for (let j = 0; j < i && !earlier; j++) earlier = sourcesOf.get(terms[j]!)!.includes(source);
      if (!earlier) count++;
    }
  }
  return count;
}

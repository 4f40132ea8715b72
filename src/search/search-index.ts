import MiniSearch from 'minisearch';
import { withoutMarkers } from '../corpus/footnote-markers.js';
import type { CorpusDocument, Passage } from '../corpus/types.js';
import { resolveSearchOptions, type SearchOptions } from './options.js';
import { synonymsOf } from './synonyms.js';
import { isCjkTerm, processTerm, terms, tokenize } from './tokenize.js';

interface IndexedPassage {
  id: string;
  text: string;
  section: string;
  title: string;
}

export interface SearchHit {
  passage: Passage;
  /** Final ranking score (BM25 blended with coverage). */
  score: number;
  /** Share of the question's weight (IDF) that the passage contains, 0–1. */
  coverage: number;
  /** Question terms found nowhere in the corpus, not even by prefix or typo. */
  unknownTerms: string[];
  /** The passage's own (processed) terms that matched the question, exactly or by prefix/typo. */
  matchedTerms: string[];
}

/**
 * The passage index: built once at start-up (and on reload) from the loaded documents.
 * Query time does no I/O and reads no clock.
 */
export class SearchIndex {
  readonly options: SearchOptions;
  private readonly mini: MiniSearch<IndexedPassage>;
  private readonly passages = new Map<string, Passage>();
  /** Inverse document frequency per processed term, for coverage and excerpt scoring. */
  private readonly idf = new Map<string, number>();

  constructor(documents: readonly CorpusDocument[], overrides: Partial<SearchOptions> = {}) {
    this.options = resolveSearchOptions(overrides);
    this.mini = new MiniSearch<IndexedPassage>({
      fields: ['text', 'section', 'title'],
      tokenize,
      processTerm,
    });
    const rows: IndexedPassage[] = [];
    const documentFrequency = new Map<string, number>();
    for (const document of documents) {
      for (const passage of document.passages) {
        this.passages.set(passage.id, passage);
        const text = withoutMarkers(passage.text);
        rows.push({ id: passage.id, text, section: passage.section ?? '', title: document.meta.title });
        for (const term of new Set(terms(text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
    this.mini.addAll(rows);
    const n = rows.length;
    for (const [term, df] of documentFrequency) this.idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  get size(): number {
    return this.passages.size;
  }

  /** Weight of a processed term: rare terms matter more; unknown terms weigh as the rarest. */
  weight(term: string): number {
    return this.idf.get(term) ?? Math.log(1 + (this.size + 0.5) / 0.5);
  }

  /** Ranked passages for a question (or topic). `extraTerms` come from glossary expansion. */
  find(query: string, limit: number, extraTerms: readonly string[] = []): SearchHit[] {
    // A hyphenated question word counts by its parts: "commerce-meti" asks about Commerce and METI.
    const questionTerms = [...new Set(terms(query.replace(/(\p{L})-(?=\p{L})/gu, '$1 ')))];
    if (questionTerms.length === 0) return [];
    const expansions = expandTerms(query, questionTerms, extraTerms);
    const own = new Set(questionTerms);
    const all = [...new Set([...questionTerms, ...[...expansions.values()].flat()])];
    const { fuzzy, fuzzyMinLength, prefixMinLength, boost, candidates, coverageWeight, expansionWeight } = this.options;
    const results = this.mini.search(all.join(' '), {
      boost,
      // The terms are processed already: split on spaces, leave them as they are.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => (own.has(term) ? 1 : expansionWeight),
      prefix: (term) => term.length >= prefixMinLength,
      fuzzy: (term) => (term.length >= fuzzyMinLength ? fuzzy : false),
    });
    if (results.length === 0) return [];
    const top = results[0]!.score;
    const cjkCount = questionTerms.filter(isCjkTerm).length;
    const weightOf = (term: string) => this.weight(term) / (isCjkTerm(term) ? cjkCount : 1);
    const totalWeight = questionTerms.reduce((sum, term) => sum + weightOf(term), 0);
    const seen = new Set(results.flatMap((result) => result.queryTerms));
    const known = (term: string) => seen.has(term) || (expansions.get(term) ?? []).some((e) => seen.has(e));
    const unknownTerms = questionTerms.filter((term) => !known(term));
    const hits = results.slice(0, candidates).map((result) => {
      const found = new Set(result.queryTerms);
      const matched = questionTerms.filter((term) => found.has(term) || (expansions.get(term) ?? []).some((e) => found.has(e)));
      const coverage = matched.reduce((sum, term) => sum + weightOf(term), 0) / totalWeight;
      return {
        passage: this.passages.get(String(result.id))!,
        score: result.score / top + coverageWeight * coverage,
        coverage,
        unknownTerms,
        matchedTerms: result.terms,
      };
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

/** Question term → the processed terms that may stand for it (synonyms, glossary expansions). */
function expandTerms(query: string, questionTerms: readonly string[], extraTerms: readonly string[]): Map<string, string[]> {
  const expansions = new Map<string, string[]>();
  const words = query.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’&+.-]*/gu) ?? [];
  for (const word of words) {
    const own = terms(word);
    const stood = synonymsOf(word.replace(/[.’']s$|\.$/, '')).flatMap((phrase) => terms(phrase));
    for (const term of own) if (stood.length > 0) expansions.set(term, [...(expansions.get(term) ?? []), ...stood]);
  }
  // Glossary expansions stand for the whole question: any of them counts for every question term.
  const glossary = extraTerms.flatMap((phrase) => terms(phrase));
  if (glossary.length > 0) for (const term of questionTerms) expansions.set(term, [...(expansions.get(term) ?? []), ...glossary]);
  return expansions;
}

import MiniSearch from 'minisearch';
import { hasNote, withoutMarkers, type CorpusDocument, type Passage } from '../corpus/index.js';
import { resolveSearchOptions, type SearchOptions } from './options.js';
import { synonymsOf } from './synonyms.js';
import { isCjkTerm, terms } from '../shared/text/search-terms.js';

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
  /** The question's words, as typed, that no passage has, not even by prefix or typo. */
  unknownWords: string[];
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
  private readonly documentFrequency = new Map<string, number>();
  /** Each passage's terms, and its adjacent term pairs ("export controls") for the phrase bonus. */
  private readonly passageTerms = new Map<string, Set<string>>();

  constructor(documents: readonly CorpusDocument[], overrides: Partial<SearchOptions> = {}) {
    this.options = resolveSearchOptions(overrides);
    // Each passage's terms are worked out once, here, and handed to MiniSearch as they are.
    const processed = new Map<string, string[]>();
    this.mini = new MiniSearch<IndexedPassage>({
      fields: ['text', 'section', 'title'],
      tokenize: (text) => processed.get(text) ?? terms(text),
      processTerm: (term) => term,
    });
    const rows: IndexedPassage[] = [];
    const documentFrequency = this.documentFrequency;
    for (const document of documents) {
      const isLongNote = hasNote(document);
      for (const passage of document.passages) {
        this.passages.set(passage.id, passage);
        const text = withoutMarkers(passage.text, isLongNote);
        rows.push({ id: passage.id, text, section: passage.section ?? '', title: document.meta.title });
        const sequence = terms(text);
        processed.set(text, sequence);
        const unique = new Set(sequence);
        for (const term of unique) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
        for (let i = 1; i < sequence.length; i++) unique.add(`${sequence[i - 1]} ${sequence[i]}`);
        this.passageTerms.set(passage.id, unique);
      }
    }
    this.mini.addAll(rows);
    const n = rows.length;
    for (const [term, df] of documentFrequency) this.idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  /**
   * The terms worth asking the index for. A word in most passages ("japan", "security") adds
   * little to the ranking but costs a pass over most of the index, so it only counts through
   * coverage — unless the question has nothing rarer.
   */
  private selective(queryTerms: string[]): string[] {
    const limit = this.options.commonShare * this.size;
    const rare = [...new Set(queryTerms)].filter((term) => (this.documentFrequency.get(term) ?? 0) <= limit);
    if (rare.length > 0) return rare;
    return [...new Set(queryTerms)].sort((a, b) => this.weight(b) - this.weight(a)).slice(0, 3);
  }

  /** A passage's processed terms, kept from the build for coverage at query time. */
  private termsOf(passage: Passage): ReadonlySet<string> {
    return this.passageTerms.get(passage.id) ?? new Set();
  }

  get size(): number {
    return this.passages.size;
  }

  /** Weight of a processed term: rare terms matter more; unknown terms weigh as the rarest. */
  weight(term: string): number {
    return this.idf.get(term) ?? Math.log(1 + (this.size + 0.5) / 0.5);
  }

  /**
   * Ranked passages for a question (or topic). `extraTerms` come from glossary expansion;
   * `context` is an earlier question a follow-up is read with (`contextExtraTerms` its glossary
   * expansions): its words count at contextWeight.
   */
  find(query: string, limit: number, extraTerms: readonly QueryExpansionTerms[] = [], context = '', contextExtraTerms: readonly QueryExpansionTerms[] = []): SearchHit[] {
    const sequence = questionSequence(query);
    const questionTerms = [...new Set(sequence)];
    if (questionTerms.length === 0) return [];
    const expansions = expandTerms(query, questionTerms, extraTerms);
    const own = new Set(questionTerms);
    const contextTerms = [...new Set(questionSequence(context))].filter((term) => !own.has(term));
    const contextExpansions = expandTerms(context, contextTerms, contextExtraTerms);
    const earlier = new Set([...contextTerms, ...[...contextExpansions.values()].flat()]);
    const asked = new Set([...own, ...[...expansions.values()].flat()]);
    const earlierOnly = new Set([...earlier].filter((term) => !asked.has(term)));
    const { fuzzy, fuzzyMinLength, prefixMinLength, boost, candidates, coverageWeight, expansionWeight, phraseWeight, contextWeight } = this.options;
    const results = this.mini.search(this.selective([...own, ...[...expansions.values()].flat(), ...earlier]).join(' '), {
      boost,
      // The terms are processed already: split on spaces, leave them as they are.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => (own.has(term) ? 1 : earlier.has(term) ? contextWeight : expansionWeight),
      prefix: (term) => term.length >= prefixMinLength,
      fuzzy: (term) => (term.length >= fuzzyMinLength ? fuzzy : false),
    });
    if (results.length === 0) return [];
    const top = results[0]!.score;
    const cjkCount = questionTerms.filter(isCjkTerm).length;
    const weightOf = (term: string) => this.weight(term) / (isCjkTerm(term) ? cjkCount : 1);
    const totalWeight = questionTerms.reduce((sum, term) => sum + weightOf(term), 0) + contextWeight * contextTerms.reduce((sum, term) => sum + weightOf(term), 0);
    const seen = new Set(results.flatMap((result) => result.queryTerms));
    const known = (term: string) => this.idf.has(term) || seen.has(term) || (expansions.get(term) ?? []).some((e) => seen.has(e) || this.idf.has(e));
    const unknownWords = typedUnknown(query, new Set(questionTerms.filter((term) => !known(term))));
    // Question words side by side ("export controls", "nippon steel") that stand side by side in a passage.
    const pairs = sequence.slice(1).map((term, i) => `${sequence[i]} ${term}`);
    const hits = results.slice(0, candidates).map((result) => {
      const passage = this.passages.get(String(result.id))!;
      // Matched exactly (common words too, which the index query leaves out), or by typo/prefix.
      const own = this.termsOf(passage);
      const typed = new Set(result.queryTerms);
      const found = { has: (term: string) => own.has(term) || typed.has(term) };
      const matched = questionTerms.filter((term) => found.has(term) || (expansions.get(term) ?? []).some((e) => found.has(e)));
      const matchedEarlier = contextTerms.filter((term) => found.has(term) || (contextExpansions.get(term) ?? []).some((e) => found.has(e)));
      const coverage = (matched.reduce((sum, term) => sum + weightOf(term), 0) + contextWeight * matchedEarlier.reduce((sum, term) => sum + weightOf(term), 0)) / totalWeight;
      const phrases = pairs.filter((pair) => found.has(pair)).length;
      return {
        passage,
        score: result.score / top + coverageWeight * coverage + phraseWeight * Math.min(phrases, 3),
        coverage,
        unknownWords,
        // The earlier question's words steer the ranking only: the excerpt answers the follow-up.
        matchedTerms: [...new Set([...result.terms.filter((term) => !earlierOnly.has(term)), ...matched.filter((term) => found.has(term))])],
      };
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

/**
 * The words of the question, as typed, whose every term is unknown: "rapidus", not the stem
 * "rapidu"; "いつ始まった", not its character pairs. A word is told once, without the punctuation
 * around it.
 */
function typedUnknown(query: string, unknown: ReadonlySet<string>): string[] {
  if (unknown.size === 0) return [];
  const words = query.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const told = words.filter((word) => {
    const parts = terms(word);
    return parts.length > 0 && parts.every((term) => unknown.has(term));
  });
  return [...new Set(told)];
}

/** A question's processed terms in order; a hyphenated word counts by its parts ("commerce-meti": Commerce and METI). */
function questionSequence(query: string): string[] {
  return terms(query.replace(/(\p{L})-(?=\p{L})/gu, '$1 '));
}

/** Extra search terms standing for some words of the question (glossary expansions). */
export interface QueryExpansionTerms {
  /** The question's words the terms stand for, as typed. */
  from: string;
  terms: readonly string[];
}

/** Question term → the processed terms that may stand for it (synonyms, glossary expansions). */
function expandTerms(query: string, questionTerms: readonly string[], extraTerms: readonly QueryExpansionTerms[]): Map<string, string[]> {
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

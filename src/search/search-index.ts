import MiniSearch from 'minisearch';
import { hasNote, withoutMarkers, type CorpusDocument, type Passage } from '../corpus/index.js';
import { resolveSearchOptions, type SearchOptions } from './options.js';
import { analyseQuestion, type QueryExpansionTerms } from './question-terms.js';
import { rankCandidates, type SearchHit } from './rank.js';
import { TermSequences } from './term-sequences.js';
import { terms } from '../shared/text/search-terms.js';

export type { QueryExpansionTerms } from './question-terms.js';
export type { SearchHit } from './rank.js';

interface IndexedPassage {
  id: string;
  text: string;
  section: string;
  title: string;
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
  /** Each document's author and publisher terms: a question may name its source ("according to togashi"). */
  private readonly documentNames = new Map<string, Set<string>>();
  /** Each passage's terms in order, for term proximity in the re-ranking. */
  private readonly sequences = new TermSequences();

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
      this.documentNames.set(document.file, new Set(terms([...document.meta.authors, document.meta.publisher ?? ''].join('\n'))));
      for (const passage of document.passages) {
        this.passages.set(passage.id, passage);
        const text = withoutMarkers(passage.text, isLongNote);
        rows.push({ id: passage.id, text, section: passage.section ?? '', title: document.meta.title });
        const sequence = terms(text);
        processed.set(text, sequence);
        this.sequences.add(passage.id, sequence);
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
    const question = analyseQuestion(query, extraTerms, context, contextExtraTerms);
    if (question === null) return [];
    const { fuzzy, fuzzyMinLength, prefixMinLength, boost, expansionWeight, contextWeight, bm25 } = this.options;
    const { own, earlier } = question;
    const results = this.mini.search(this.selective([...question.asked, ...earlier]).join(' '), {
      boost,
      bm25,
      // The terms are processed already: split on spaces, leave them as they are.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => (own.has(term) ? 1 : earlier.has(term) ? contextWeight : expansionWeight),
      prefix: (term) => term.length >= prefixMinLength,
      fuzzy: (term) => (term.length >= fuzzyMinLength ? fuzzy : false),
    });
    if (results.length === 0) return [];
    const candidates = results.slice(0, this.options.candidates).map((result) => ({
      passage: this.passages.get(String(result.id))!,
      score: result.score,
      terms: result.terms,
      queryTerms: result.queryTerms,
    }));
    const seen = new Set(results.flatMap((result) => result.queryTerms));
    const known = (term: string) => this.idf.has(term) || seen.has(term);
    return rankCandidates(question, candidates, { options: this.options, weight: (term) => this.weight(term), termsOf: (passage) => this.termsOf(passage), documentNameOf: (passage) => this.documentNames.get(passage.doc) ?? new Set<string>(), passageById: (id) => this.passages.get(id), sequences: this.sequences, known }).slice(0, limit);
  }
}


import MiniSearch from 'minisearch';
import { hasNote, withoutMarkers, type CorpusDocument, type Passage } from '../corpus/index.js';
import { resolveSearchOptions, type SearchOptions } from './options.js';
import { Lexicon } from './lexicon.js';
import { sentenceTermsReader, type SentenceTerms } from './answer-kind-evidence.js';
import { analyseQuestion, type QueryExpansionTerms } from './question-terms.js';
import { rankCandidates, type Candidate, type SearchHit } from './rank.js';
import { PassageTermSets } from './compact-term-sets.js';
import { planQuery, searchPlanned, type SentTerm } from './query-plan.js';
import type { VariantRules } from './term-variants.js';
import { Vocabulary } from './vocabulary.js';
import { TermSequences } from './term-sequences.js';
import { PassageGroups, byDocument, bySection } from './group-evidence.js';
import { Neighbours } from './neighbours.js';
import { publicationMonth } from './publication-month.js';

export type { QueryExpansionTerms } from './question-terms.js';
export type { SearchHit } from './rank.js';

const NO_MONTH: ReadonlySet<string> = new Set();

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
  /** Each document's month of publication as terms ("november", "2024"), for those dated to the month. */
  private readonly monthTerms = new Map<string, ReadonlySet<string>>();
  /** Each passage's place in the build, for its term set and to break score ties in document order. */
  private readonly ordinals = new Map<string, number>();
  /** Every indexed term: ids, frequencies, prefix and typo look-ups. */
  private readonly vocabulary = new Vocabulary();
  /** Each passage's terms, and its adjacent term pairs ("export controls") for the phrase bonus. */
  private readonly passageTerms = new PassageTermSets(this.vocabulary);
  /** Each passage's heading and title terms, which MiniSearch indexes too. */
  private readonly headingTerms = new PassageTermSets(this.vocabulary);
  /** Names kept whole, the words as written for typos, WordNet's related words (lexicon.ts). */
  private readonly lexicon: Lexicon;
  /** Each passage's terms in order, for term proximity in the re-ranking. */
  private readonly sequences = new TermSequences(this.vocabulary);
  /** Candidate passages' sentences and their terms, remembered (answer-kind-evidence.ts). */
  private readonly sentenceTerms: (text: string) => SentenceTerms;
  /** Each document's and each section's terms, built only when their weight is on (group-evidence.ts). */
  private readonly documents: PassageGroups | null;
  private readonly sections: PassageGroups | null;
  /** Each passage's neighbours under the same heading (neighbours.ts). */
  private readonly neighbours = new Neighbours();

  constructor(documents: readonly CorpusDocument[], overrides: Partial<SearchOptions> = {}) {
    this.options = resolveSearchOptions(overrides);
    this.documents = this.options.documentWeight === 0 ? null : new PassageGroups(this.vocabulary, byDocument);
    this.sections = this.options.sectionWeight === 0 ? null : new PassageGroups(this.vocabulary, bySection);
    // Each passage's terms are worked out once, here, and handed to MiniSearch as they are.
    const processed = new Map<string, string[]>();
    const lexicon = (this.lexicon = new Lexicon(documents, this.options));
    this.sentenceTerms = sentenceTermsReader(
      (text) => lexicon.terms(text),
      (term) => this.vocabulary.idOf(term),
    );
    const processedOnce = (text: string) => {
      let sequence = processed.get(text);
      if (sequence === undefined) processed.set(text, (sequence = lexicon.terms(text)));
      return sequence;
    };
    this.mini = new MiniSearch<IndexedPassage>({
      fields: ['text', 'section', 'title'],
      tokenize: (text) => processed.get(text) ?? lexicon.terms(text),
      processTerm: (term) => term,
    });
    const rows: IndexedPassage[] = [];
    const vocabulary = this.vocabulary;
    for (const document of documents) {
      const month = publicationMonth(document.meta.published);
      if (month !== null) this.monthTerms.set(document.file, new Set(lexicon.terms(month)));
      const isLongNote = hasNote(document);
      const titleIds = new Set(processedOnce(document.meta.title).map((term) => vocabulary.add(term)));
      for (const passage of document.passages) {
        this.passages.set(passage.id, passage);
        const text = withoutMarkers(passage.text, isLongNote);
        const section = passage.section ?? '';
        rows.push({ id: passage.id, text, section, title: document.meta.title });
        const sequence = processedOnce(text).map((term) => vocabulary.add(term));
        this.sequences.add(passage.id, sequence);
        const inText = new Set(sequence);
        // Postings count per field, as MiniSearch walks them: the text, the heading, the title.
        for (const id of inText) vocabulary.count(id, true);
        const sectionIds = new Set(processedOnce(section).map((term) => vocabulary.add(term)));
        for (const id of sectionIds) vocabulary.count(id, false);
        for (const id of titleIds) vocabulary.count(id, false);
        const ordinal = this.passageTerms.add(inText, sequence);
        this.ordinals.set(passage.id, ordinal);
        this.neighbours.add(passage, ordinal);
        this.documents?.add(passage, inText);
        this.sections?.add(passage, inText);
        this.headingTerms.add([...sectionIds, ...titleIds], []);
      }
    }
    this.mini.addAll(rows);
    vocabulary.freeze();
    this.passageTerms.freeze();
    this.headingTerms.freeze();
    this.documents?.freeze();
    this.sections?.freeze();
    lexicon.indexed({ has: (term) => vocabulary.textFrequencyOf(term) > 0, weight: (term) => this.weight(term) });
  }

  /**
   * The terms worth asking the index for. A word in most passages ("japan", "security") adds
   * little to the ranking but costs a pass over most of the index, so it only counts through
   * coverage — unless the question has nothing rarer.
   */
  private selective(queryTerms: string[]): string[] {
    const limit = this.options.commonShare * this.size;
    const rare = [...new Set(queryTerms)].filter((term) => this.vocabulary.textFrequencyOf(term) <= limit);
    if (rare.length > 0) return rare;
    return [...new Set(queryTerms)].sort((a, b) => this.weight(b) - this.weight(a)).slice(0, 3);
  }

  /** How many of the corpus's commonest words warmUp has looked up. */
  private warmed = 0;

  /**
   * Looks up the next `count` of the corpus's commonest words as a question's words are looked up
   * — WordNet's related words, their senses weighed; the word's terms — so that a new question
   * made of them need not (the bot does this while idle: start.ts). On the papers it took
   * first-time answers' p50 / p95 from 1.26–1.63 / 4.9–6.0 ms to 1.11–1.36 / 4.0–5.0 ms
   * (docs/QUALITY.md); at whitehouse-2022's size, where MiniSearch's own search is most of a new
   * answer, it changed nothing measurable.
   * What it remembers is what a question would have remembered: no answer changes. The words'
   * typo and prefix variants are not looked up ahead: their memory keeps the recently asked
   * (vocabulary.ts), and thousands of words ahead of any question pushed those out. False once
   * every word has been looked up.
   */
  warmUp(count: number): boolean {
    const words = this.lexicon.commonWords;
    const end = Math.min(words.length, this.warmed + count);
    for (; this.warmed < end; this.warmed++) analyseQuestion(words[this.warmed]!, [], '', [], this.lexicon);
    return this.warmed < words.length;
  }

  /** The corpus name an acronym no passage writes spells ("IRA" → "Inflation Reduction Act"), or null (initialisms.ts). */
  nameSpelledBy(acronym: string): string | null {
    return this.lexicon.nameSpelledBy(acronym);
  }

  get size(): number {
    return this.passages.size;
  }

  /** Weight of a processed term: rare terms matter more; unknown terms weigh as the rarest. */
  weight(term: string): number {
    const df = this.vocabulary.textFrequencyOf(term);
    return df === 0 ? Math.log(1 + (this.size + 0.5) / 0.5) : Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /**
   * Ranked passages for a question (or topic). `extraTerms` come from glossary expansion;
   * `context` is an earlier question a follow-up is read with (`contextExtraTerms` its glossary
   * expansions): its words count at contextWeight.
   */
  find(query: string, limit: number, extraTerms: readonly QueryExpansionTerms[] = [], context = '', contextExtraTerms: readonly QueryExpansionTerms[] = []): SearchHit[] {
    const question = analyseQuestion(query, extraTerms, context, contextExtraTerms, this.lexicon);
    if (question === null) return [];
    const { own, earlier } = question;
    const { contextWeight, expansionWeight } = this.options;
    const sources = this.selective([...question.asked, ...earlier]).map((term) => ({
      term,
      boost: own.has(term) ? 1 : earlier.has(term) ? contextWeight : expansionWeight,
      rules: this.variantRules(term),
    }));
    const plan = planQuery(sources, this.vocabulary, this.options.postingBudget, this.options.postingWeightPower);
    const candidates = this.retrieve(plan.sent).map((candidate) => this.withLeftOut(candidate, plan.left));
    if (candidates.length === 0) return [];
    const known = (term: string) => this.vocabulary.textFrequencyOf(term) > 0 || plan.matchable.has(term);
    const termsOf = (passage: Passage) => this.passageTerms.of(this.ordinals.get(passage.id)!);
    const hits = rankCandidates(question, candidates, {
      options: this.options,
      weight: (term) => this.weight(term),
      termsOf,
      documentNameOf: (passage) => this.lexicon.bylineOf(passage.doc),
      documentMonthOf: (passage) => this.monthTerms.get(passage.doc) ?? NO_MONTH,
      namesADocument: (term) => this.lexicon.namesADocument(term),
      documentHolds: (passage, ids) => this.documents!.holdsAny(passage, ids),
      sectionHolds: (passage, ids) => this.sections!.holdsAny(passage, ids),
      besideHolds: (passage, ids) => {
        const ordinal = this.ordinals.get(passage.id)!;
        const previous = this.neighbours.previous(ordinal);
        const next = this.neighbours.next(ordinal);
        return (previous >= 0 && this.passageTerms.holdsAny(previous, ids)) || (next >= 0 && this.passageTerms.holdsAny(next, ids));
      },
      passageById: (id) => this.passages.get(id),
      sequences: this.sequences,
      known,
      foreign: (term) => this.vocabulary.foreign(term),
      sentenceTerms: this.sentenceTerms,
    }).slice(0, limit);
    return hits.map((hit) => ({ ...hit, matchedTerms: this.lexicon.asExcerptReads(hit.matchedTerms) }));
  }

  /**
   * A candidate with the variants the budget left out that its passage has (in its text, heading
   * or title, as MiniSearch would have matched them): MiniSearch did not score them, but they are
   * matched words all the same, for coverage and the excerpt.
   */
  private withLeftOut(candidate: Candidate, left: readonly SentTerm[]): Candidate {
    if (left.length === 0) return candidate;
    const ordinal = this.ordinals.get(candidate.passage.id)!;
    const [text, headings] = [this.passageTerms.of(ordinal), this.headingTerms.of(ordinal)];
    const found = left.filter((entry) => text.has(entry.term) || headings.has(entry.term));
    if (found.length === 0) return candidate;
    return {
      ...candidate,
      terms: [...new Set([...candidate.terms, ...found.map((entry) => entry.term)])],
      queryTerms: [...new Set([...candidate.queryTerms, ...found.map((entry) => entry.source)])],
    };
  }

  private variantRules(term: string): VariantRules {
    const { fuzzy, fuzzyMinLength, prefixMinLength, maxTypoDistance, variants } = this.options;
    // MiniSearch's own rule for a fractional `fuzzy` (round(length × fuzzy)), capped.
    // A term no passage has was matched to typos as typed (questionSequence), not by its stem.
    const distance = term.length >= fuzzyMinLength && this.lexicon.has(term) ? Math.min(maxTypoDistance, Math.round(term.length * fuzzy)) : 0;
    return { prefix: term.length >= prefixMinLength, maxDistance: distance, limit: variants };
  }

  /** MiniSearch's best candidates for the planned terms; equal scores in document order. */
  private retrieve(sent: readonly SentTerm[]): Candidate[] {
    const best = searchPlanned(this.mini, sent, { boost: this.options.boost, bm25: this.options.bm25 }, this.options.candidates, (id) => this.ordinals.get(id)!);
    return best.map(({ id, score, terms, queryTerms }) => ({ passage: this.passages.get(id)!, score, terms, queryTerms }));
  }
}

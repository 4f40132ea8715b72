import SearchableMap from 'minisearch/SearchableMap';
import { hasNote, withoutMarkers, type CorpusDocument } from '../corpus/index.js';
import { NameCounter } from '../shared/text/corpus-names.js';
import { memoized, recentlyRememberedIn } from '../shared/text/memo.js';
import { terms as plainTerms, termsKeepingNames, tokensWithOffsets } from '../shared/text/search-terms.js';
import type { SearchOptions } from './options.js';
import { loadWordNet } from './load-wordnet.js';
import { Initialisms } from './initialisms.js';
import { WORDNET_CHOICE, baseForms, type WordNet } from './wordnet.js';

/**
 * How many typed words' corrections a lexicon remembers, forgetting the least recently asked
 * first: a correction walks the whole map of the corpus's written words (3 % of the answers'
 * time over the three question sets, whose 437 questions bring 438 words to correct),
 * and the same slips come back. The corrections are a few terms each.
 */
export const CORRECTION_MEMORY = 2000;

/** How many typed words' terms a lexicon remembers (`wordTerms`): a few terms each, about 1 MiB at most. */
export const WORD_MEMORY = 10_000;
/** How many signature words' terms the lexicon remembers (emptied when full). */
export const SIGNATURE_WORD_MEMORY = 50_000;

/**
 * How many of the corpus's commonest words are looked up ahead of questions (SearchIndex.warmUp):
 * all of the papers' 2,350; at whitehouse-2022's size, fewer than half the memory of related
 * words (emptied at 10,000), so the words questions bring still have room.
 */
export const WARM_UP_WORDS = 4000;

const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * What the index knows about its corpus's words beyond its terms: which words are names (kept
 * whole, corpus-names.ts), the words as written (a typo is measured on the word the user typed,
 * not on its stem: "rapidus" is two edits from "rapid", its stem "rapidu" only one) and the
 * corpus words WordNet relates a question word to (wordnet.ts).
 */
export class Lexicon {
  /** The corpus's tokenizer: passages and questions alike. */
  readonly terms: (text: string) => string[];
  /**
   * `terms` of one typed word, remembered (WORD_MEMORY, emptied when full): a question's words
   * are read two or three times each, and the same words come back question after question;
   * tokenizing them again was a thirtieth of an answer's time on the papers.
   */
  readonly wordTerms: (word: string) => readonly string[];
  /**
   * `terms` of a WordNet word in a sense's signature, remembered apart from the question's words
   * (SIGNATURE_WORD_MEMORY): a new question word's senses bring a few hundred of them, most of
   * them back from other words' senses ("act", "person", "group"), and tokenizing them again was
   * a third of the time a question with new words spent in WordNet.
   */
  private readonly signatureTerms: (word: string) => readonly string[];
  private readonly written = new SearchableMap<string[]>();
  /** The corpus's commonest words, the commonest first: the words questions most often use (warmUp). */
  readonly commonWords: readonly string[];
  private readonly wordNet: WordNet = loadWordNet();
  /** Typed word → its related corpus phrases: the same words come back question after question. */
  private readonly relatedMemo = new Map<string, string[][]>();
  /** Typed word no passage has → its corrections (CORRECTION_MEMORY). */
  private readonly correctionsMemo = new Map<string, string[]>();
  private inCorpus: (term: string) => boolean = () => false;
  /** A corpus term's weight (its IDF): rare shared words tell a sense apart, common ones do not. */
  private termWeight: (term: string) => number = () => 1;
  /** A name kept whole → its stemmed form, which the excerpt's marking still reads it as. */
  private readonly stemmedNames = new Map<string, string>();
  /** The corpus's capitalised names by their initials (initialisms.ts). */
  private readonly initialisms = new Initialisms();
  /** Each document's author and publisher terms: a question may name its source ("according to togashi"). */
  private readonly bylines = new Map<string, ReadonlySet<string>>();
  /** Every document's author and publisher terms together: "pryor" names a paper, it is no slip for "prior". */
  private readonly bylineTerms = new Set<string>();

  /** Reads the passages' words; `indexed` completes it once the index knows its terms. */
  constructor(
    documents: readonly CorpusDocument[],
    private readonly options: Pick<SearchOptions, 'fuzzy' | 'fuzzyMinLength' | 'senseCandidates' | 'senseMargin' | 'correctEnglishWords' | 'initialisms'>,
  ) {
    const counter = new NameCounter();
    for (const document of documents) {
      for (const passage of document.passages) {
        const text = withoutMarkers(passage.text, hasNote(document));
        const tokens = tokensWithOffsets(text);
        counter.add(text, tokens);
        if (options.initialisms) this.initialisms.add(text, tokens);
      }
    }
    // A dictionary word is not a name even when the corpus always capitalises it ("Minister",
    // "Treasury"): stemming keeps "ministers" and "Minister" together.
    const names = new Set([...counter.names()].filter((name) => !baseForms(name).some((form) => this.wordNet.has(form))));
    const terms = (this.terms = termsKeepingNames(names));
    this.wordTerms = memoized(WORD_MEMORY, (word) => terms(word));
    this.signatureTerms = memoized(SIGNATURE_WORD_MEMORY, (word) => terms(word));
    for (const name of names) {
      const stemmed = plainTerms(name);
      if (stemmed.length === 1 && stemmed[0] !== name) this.stemmedNames.set(name, stemmed[0]!);
    }
    for (const document of documents) {
      const byline = new Set(terms([...document.meta.authors, document.meta.publisher ?? ''].join('\n')));
      this.bylines.set(document.file, byline);
      for (const term of byline) this.bylineTerms.add(term);
    }
    this.initialisms.done();
    this.commonWords = counter.commonest(WARM_UP_WORDS);
    for (const word of counter.words()) {
      const parts = this.terms(word);
      if (parts.length > 0) this.written.set(word, parts);
    }
  }

  indexed(vocabulary: { has(term: string): boolean; weight?(term: string): number }): void {
    this.inCorpus = (term) => vocabulary.has(term);
    if (vocabulary.weight !== undefined) this.termWeight = (term) => vocabulary.weight!(term);
  }

  has(term: string): boolean {
    return this.inCorpus(term);
  }

  /** The terms of a document's authors and publisher. */
  bylineOf(file: string): ReadonlySet<string> {
    return this.bylines.get(file) ?? NO_TERMS;
  }

  /** Whether a term is in some document's authors or publisher. */
  namesADocument(term: string): boolean {
    return this.bylineTerms.has(term);
  }

  /** The corpus phrases (term lists) WordNet relates to a typed word or its base forms. */
  relatedTo(typed: string): readonly string[][] {
    const word = typed.normalize('NFKC').toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
    // A letter alone is no word: WordNet reads "s" as "second", "a" as "ampere".
    if (word.length < 2) return [];
    // Typed in capitals, a word may be an acronym though English has it ("IRA"): remembered apart.
    const key = typed === typed.toUpperCase() ? `${word}\u0000` : word;
    let found = this.relatedMemo.get(key);
    if (found !== undefined) return found;
    const own = new Set(this.terms(word));
    const phrases = new Map<string, string[]>();
    const name = this.acronymsName(typed, word, own);
    if (name !== null) phrases.set(name.join(' '), name);
    // Only words the corpus has, and not the word itself again ("meeting" → "meet").
    const counts = (phrase: readonly string[]) => phrase.length > 0 && phrase.every((term) => this.inCorpus(term)) && !phrase.every((term) => own.has(term));
    const senseChoice = {
      candidates: this.options.senseCandidates,
      margin: this.options.senseMargin,
      support: (words: readonly string[]) => this.support(words, own),
      counts: (related: string) => counts(this.signatureTerms(related)),
    };
    for (const related of baseForms(word).flatMap((form) => this.wordNet.related(form, WORDNET_CHOICE, senseChoice))) {
      const phrase = this.terms(related);
      if (counts(phrase)) phrases.set(phrase.join(' '), phrase);
    }
    found = [...phrases.values()];
    if (this.relatedMemo.size >= 10_000) this.relatedMemo.clear();
    this.relatedMemo.set(key, found);
    return found;
  }

  /**
   * The terms of the corpus name an acronym the corpus lacks stands for ("IRA" → "Inflation
   * Reduction Act"), or null: for a word of two to four letters no passage has, typed in capitals
   * or no English word ("eo" is none, "ira" is one: typed so it is read as the word).
   */
  private acronymsName(typed: string, word: string, own: ReadonlySet<string>): string[] | null {
    if (!/^\p{L}{2,4}$/u.test(word) || (typed !== typed.toUpperCase() && this.wordNet.knows(word))) return null;
    const name = this.nameSpelledBy(word, own);
    return name === null ? null : this.terms(name);
  }

  /**
   * The corpus name, as written, whose initials spell an acronym of two to four letters that no
   * passage has ("IRA" → "Inflation Reduction Act"), or null.
   */
  nameSpelledBy(acronym: string, own: ReadonlySet<string> = new Set(this.terms(acronym))): string | null {
    const word = acronym.normalize('NFKC').toLowerCase();
    if (!this.options.initialisms || !/^\p{L}{2,4}$/u.test(word) || [...own].some((term) => this.inCorpus(term))) return null;
    const name = this.initialisms.nameFor(word);
    if (name === null) return null;
    const terms = this.terms(name);
    return terms.length > 0 && terms.every((term) => this.inCorpus(term)) ? name : null;
  }

  /**
   * How often English uses a typed word: WordNet's tag count (wordnet.ts) of the lemma it is, or of
   * the commonest lemma it may be an inflection of ("attended" → "attend", 89).
   */
  englishUse(typed: string): number {
    const word = typed.normalize('NFKC').toLowerCase().replace(/[’']s$/, '');
    return Math.max(0, ...baseForms(word).map((form) => this.wordNet.tagCount(form)));
  }

  /**
   * How much the corpus speaks of a sense: the summed IDF of its signature's terms (wordnet.ts)
   * that some passage has, the word's own terms left out. A sum, not a share: on the tuning split
   * the share (or a count) favoured senses with a short gloss and lowered papers' hit@1.
   */
  private support(words: readonly string[], own: ReadonlySet<string>): number {
    const counted = new Set<string>();
    let found = 0;
    for (const word of words) {
      for (const term of this.signatureTerms(word)) {
        if (counted.has(term) || own.has(term)) continue;
        counted.add(term);
        if (this.inCorpus(term)) found += this.termWeight(term);
      }
    }
    return found;
  }

  /**
   * The terms of the corpus word nearest a typed word no passage has — of several as near, the one
   * the corpus uses most — within MiniSearch's own edit budget (`fuzzy` × the typed length, for
   * words of `fuzzyMinLength` letters or more); none for a word of a document's byline.
   */
  corrections(typed: string): string[] {
    const { fuzzy, fuzzyMinLength } = this.options;
    const word = typed.normalize('NFKC').toLowerCase().replace(/[’']s$/, '');
    if (word.length < fuzzyMinLength || !/^\p{L}+$/u.test(word)) return [];
    // An English word the papers lack is a word they lack, not a slip: "paused" is not "caused",
    // "youth" not "south", "lunch" not "launch".
    if (!this.options.correctEnglishWords && this.wordNet.knows(word)) return [];
    const own = this.wordTerms(word);
    if (own.length > 0 && own.every((term) => this.bylineTerms.has(term))) return [];
    return recentlyRememberedIn(this.correctionsMemo, word, CORRECTION_MEMORY, () => this.nearestWritten(word, Math.round(word.length * fuzzy)));
  }

  /** The terms of the written corpus word nearest `word`, within `distance` edits or one swap. */
  private nearestWritten(word: string, distance: number): string[] {
    const near = [...this.written.fuzzyGet(word, distance).values()];
    // Two letters swapped ("patnets") is the commonest slip of the keyboard and one edit to a
    // reader, though Levenshtein distance, which fuzzyGet measures, counts it as two.
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const parts = this.written.get(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      if (parts !== undefined) near.push([parts, 1]);
    }
    if (near.length === 0) return [];
    const best = Math.min(...near.map(([, distance]) => distance));
    // A slip stands for one word: of the nearest, the one the corpus uses most (a spelling
    // corrector's prior). Every nearest word counted as a question word of its own: "fight" was
    // five ("tight", "sight", "right", "might", "light"), each weighing as much as a real one.
    let commonest: readonly string[] = [];
    let commonestWeight = Infinity;
    for (const [parts, distance] of near) {
      const weight = Math.min(...parts.map((term) => this.termWeight(term)));
      if (distance === best && (commonest.length === 0 || weight < commonestWeight)) [commonest, commonestWeight] = [parts, weight];
    }
    return [...new Set(commonest)];
  }

  /** Matched terms as the excerpt reads passages (stemming every word): a name's stem joins it. */
  asExcerptReads(matched: readonly string[]): string[] {
    const stems = matched.flatMap((term) => this.stemmedNames.get(term) ?? []);
    return stems.length === 0 ? [...matched] : [...matched, ...stems];
  }
}

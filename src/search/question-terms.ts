import { terms, tokensWithOffsets } from '../shared/text/search-terms.js';

/**
 * What a question asks for, in the index's terms: its processed words in order, the extra terms
 * that may stand for some of them (synonyms, glossary expansions), and the words no passage has.
 */

/** What the index knows of its corpus's words (lexicon.ts), as question analysis needs it. */
export interface QuestionLexicon {
  /** The corpus's tokenizer (its names kept whole). */
  terms(text: string): string[];
  /** `terms` of one typed word, remembered: read a question's words with it. Callers only read the list. */
  wordTerms(word: string): readonly string[];
  /** Whether a passage has the term. */
  has(term: string): boolean;
  /** The terms of the corpus words a typed word no passage has is a typo of. */
  corrections(typed: string): string[];
  /** The corpus phrases (term lists) WordNet relates to a typed word. */
  relatedTo(typed: string): readonly string[][];
  /** How often English uses a typed word (WordNet's tag count: lexicon.ts). */
  englishUse(typed: string): number;
}

/** A question (and the earlier question a follow-up is read with) in the index's terms. */
export interface AnalysedQuestion {
  /** The question's words, chat noise removed, as typed. */
  query: string;
  /** Its processed terms in order (for adjacent pairs). */
  sequence: string[];
  /** Its distinct processed terms. */
  questionTerms: string[];
  own: ReadonlySet<string>;
  /** Question term → terms that may stand for it (each word of each phrase below). */
  expansions: ReadonlyMap<string, string[]>;
  /**
   * Question term → the phrases that may stand for it, each as a list of terms: "us" → [unit,
   * state], [america]. A passage holds the term through a phrase only when it holds the whole
   * phrase: "state" alone is not "United States", nor "partnership" alone JUCIP.
   */
  expansionPhrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The earlier question's terms the question does not have, and their expansions. */
  contextTerms: string[];
  contextExpansions: ReadonlyMap<string, string[]>;
  contextExpansionPhrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Every term the earlier question adds, expansions included. */
  earlier: ReadonlySet<string>;
  /** Every term the question itself asks for, expansions included. */
  asked: ReadonlySet<string>;
  /** Terms only the earlier question brings: they steer the ranking, not the excerpt. */
  earlierOnly: ReadonlySet<string>;
  /** Each term no passage has (of the question and the earlier one) → how often English uses the word typed. */
  englishUse: ReadonlyMap<string, number>;
}

/** The question's terms and expansions, or null when it has no term to search for. */
export function analyseQuestion(query: string, extraTerms: readonly QueryExpansionTerms[], context: string, contextExtraTerms: readonly QueryExpansionTerms[], lexicon: QuestionLexicon): AnalysedQuestion | null {
  const sequence = questionSequence(query, lexicon);
  const questionTerms = [...new Set(sequence)];
  if (questionTerms.length === 0) return null;
  const expansionPhrases = expandTerms(query, questionTerms, extraTerms, lexicon);
  const expansions = wordsOf(expansionPhrases);
  const own = new Set(questionTerms);
  const contextTerms = [...new Set(questionSequence(context, lexicon))].filter((term) => !own.has(term));
  const contextExpansionPhrases = expandTerms(context, contextTerms, contextExtraTerms, lexicon);
  const contextExpansions = wordsOf(contextExpansionPhrases);
  const earlier = new Set([...contextTerms, ...[...contextExpansions.values()].flat()]);
  const asked = new Set([...own, ...[...expansions.values()].flat()]);
  const earlierOnly = new Set([...earlier].filter((term) => !asked.has(term)));
  const englishUse = englishUseOfUnknown(`${query}\n${context}`, lexicon);
  return { query, sequence, questionTerms, own, expansions, expansionPhrases, contextTerms, contextExpansions, contextExpansionPhrases, earlier, asked, earlierOnly, englishUse };
}

/** Each term no passage has → how often English uses the typed word it comes from (the most, if several). */
function englishUseOfUnknown(text: string, lexicon: QuestionLexicon): Map<string, number> {
  const uses = new Map<string, number>();
  for (const raw of typedWords(text, lexicon)) {
    const unknown = lexicon.wordTerms(raw).filter((term) => !lexicon.has(term));
    if (unknown.length === 0) continue;
    const use = lexicon.englishUse(raw);
    for (const term of unknown) uses.set(term, Math.max(use, uses.get(term) ?? 0));
  }
  return uses;
}

/** Term → the distinct words of its expansion phrases. */
function wordsOf(phrases: ReadonlyMap<string, readonly (readonly string[])[]>): Map<string, string[]> {
  return new Map([...phrases].map(([term, list]) => [term, [...new Set(list.flat())]]));
}

/**
 * The words of the question, as typed, whose every term is unknown: "rapidus", not the stem
 * "rapidu"; "いつ始まった", not its character pairs. A word glued to a number that was read as its
 * parts ("5yr") is told by the part no passage has ("yr"), or whole when no part is known. A word
 * is told once, without the punctuation around it.
 */
export function typedUnknown(query: string, unknown: ReadonlySet<string>): string[] {
  if (unknown.size === 0) return [];
  const words = query.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const allUnknown = (word: string) => {
    const parts = terms(word);
    return parts.length > 0 && parts.every((term) => unknown.has(term));
  };
  const told = words.flatMap((word) => {
    if (allUnknown(word)) return [word];
    const parts = gluedParts(word);
    if (parts === null) return [];
    const unknownParts = parts.filter(allUnknown);
    return unknownParts.length === parts.length ? [word] : unknownParts;
  });
  return [...new Set(told)];
}

/**
 * A question's processed terms in order; a hyphenated word counts by its parts ("commerce-meti":
 * Commerce and METI). A word no passage has stands for the corpus words it is a typo of, measured
 * on the word as typed ("critcal" → critical), and for nothing else: "rapidus" never becomes "rapid".
 */
export function questionSequence(query: string, lexicon: QuestionLexicon): string[] {
  const words = tokensWithOffsets(query.normalize('NFKC').replace(/(\p{L})-(?=\p{L})/gu, '$1 '));
  return words.flatMap(({ raw }) => unglued(raw, lexicon)).flatMap((raw) => {
    const parts = lexicon.wordTerms(raw);
    if (parts.length !== 1 || lexicon.has(parts[0]!)) return parts;
    const corrected = lexicon.corrections(raw);
    return corrected.length > 0 ? corrected : parts;
  });
}

/** A number typed against a word, either way round: "2nm", "550bn", "chip4" (a letter alone, as in "h100", is a code). */
const GLUED = /^(\d+(?:\.\d+)?)(\p{L}{2,})$|^(\p{L}{2,})(\d+)$/u;

/**
 * A typed word, or its parts when it glues a number to a word and no passage has it so: "2nm"
 * is "2 nm" (which WordNet reads as nanometre), "chip4" is "Chip 4". Chat runs a figure and its
 * unit together; the papers write them apart or hyphenated.
 */
function unglued(raw: string, lexicon: QuestionLexicon): string[] {
  const parts = gluedParts(raw);
  if (parts === null || lexicon.wordTerms(raw).some((term) => lexicon.has(term))) return [raw];
  return parts;
}

/** A text's words as typed, each glued number and word read apart (unglued): what WordNet and English use are asked of. */
function typedWords(text: string, lexicon: QuestionLexicon): string[] {
  return tokensWithOffsets(text.normalize('NFKC')).flatMap((token) => unglued(token.raw, lexicon));
}

/** A word's number and letters when it glues them ("2nm" → 2, nm), else null. */
function gluedParts(word: string): [string, string] | null {
  const glued = GLUED.exec(word);
  if (glued === null) return null;
  return glued[1] !== undefined ? [glued[1], glued[2]!] : [glued[3]!, glued[4]!];
}

/** Extra search terms standing for some words of the question (glossary expansions). */
export interface QueryExpansionTerms {
  /** The question's words the terms stand for, as typed. */
  from: string;
  terms: readonly string[];
}

/**
 * Question term → the phrases, in processed terms, that may stand for it (WordNet's related words,
 * glossary expansions), each phrase once.
 */
export function expandTerms(query: string, questionTerms: readonly string[], extraTerms: readonly QueryExpansionTerms[], lexicon: QuestionLexicon): Map<string, string[][]> {
  const expansions = new Map<string, Map<string, string[]>>();
  const add = (term: string, phrases: readonly (readonly string[])[]) => {
    if (!questionTerms.includes(term)) return;
    for (const phrase of phrases) {
      if (phrase.length === 0) continue;
      const known = expansions.get(term) ?? new Map<string, string[]>();
      known.set(phrase.join(' '), [...phrase]);
      expansions.set(term, known);
    }
  };
  for (const raw of typedWords(query, lexicon)) {
    const stood = lexicon.relatedTo(raw);
    for (const term of lexicon.wordTerms(raw)) add(term, stood);
  }
  // A glossary expansion counts only for the words that named the entry ("economic two plus two").
  for (const expansion of extraTerms) {
    const stood = expansion.terms.map((phrase) => lexicon.terms(phrase));
    for (const term of lexicon.terms(expansion.from)) add(term, stood);
  }
  return new Map([...expansions].map(([term, phrases]) => [term, [...phrases.values()]]));
}

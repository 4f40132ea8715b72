import type { Passage } from '../corpus/index.js';
import { isCjkTerm } from '../shared/text/search-terms.js';
import { answerKindEvidence, soughtKinds, type HeldTerms, type SentenceTerms } from './answer-kind-evidence.js';
import { isFactKind, type AnswerKind } from './question-kind.js';
import { carryToAnswers } from './answers.js';
import { feedbackShare, feedbackTerms } from './feedback.js';
import type { SearchOptions } from './options.js';
import type { TermSequences } from './term-sequences.js';
import { proximityScorer } from './proximity.js';
import { surroundings } from './surroundings.js';
import { typedUnknown, type AnalysedQuestion } from './question-terms.js';

export interface SearchHit {
  passage: Passage;
  /** Final ranking score (BM25 blended with coverage). */
  score: number;
  /** Share of the question's weight (IDF) that the passage contains, 0–1. */
  coverage: number;
  /** The question's words, as typed, that no passage has, not even by prefix or typo. */
  unknownWords: string[];
  /** How many distinct terms the question has (the confidence model weighs its length). */
  questionTerms: number;
  /** The passage's own (processed) terms that matched the question, exactly or by prefix/typo. */
  matchedTerms: string[];
  /**
   * For a question that asks for a figure or a date ("how much", "when"): the best share of the
   * question a sentence of the passage holds while it also writes a figure or a date the question
   * does not give (answer-kind-evidence.ts), 0–1; null for any other question. confidence.ts
   * answers "found" only where it is high enough.
   */
  answerEvidence: number | null;
}

/** A passage the index returned for a question, with MiniSearch's score and matched terms. */
export interface Candidate {
  passage: Passage;
  score: number;
  /** The passage's terms that matched (after prefix/typo expansion). */
  terms: string[];
  /** The query terms that matched them. */
  queryTerms: string[];
}

interface TermSet {
  has(term: string): boolean;
  /** Whether the terms stand side by side (`has("first second")`, without making that string). */
  hasPair?(first: string, second: string): boolean;
}

interface RankingSources {
  options: SearchOptions;
  /** A term's weight (IDF) in the corpus. */
  weight: (term: string) => number;
  /** A passage's processed terms and adjacent term pairs (`hasId`, `hasPairIds`: by the ids `sequences` gives). */
  termsOf: (passage: Passage) => TermSet & { hasId(id: number): boolean; hasPairIds(first: number, second: number): boolean };
  /** The processed terms of the passage's document's authors and publisher. */
  documentNameOf: (passage: Passage) => TermSet;
  /** Whether a term is in some document's authors or publisher. */
  namesADocument: (term: string) => boolean;
  /** The terms of the month the passage's document was published in ("november", "2024"); none when dated to the year only. */
  documentMonthOf: (passage: Passage) => ReadonlySet<string>;
  /**
   * Whether the passage's whole document, its section, or a passage beside it under the same
   * heading has any of these term ids (asked only when their weight is on: surroundings.ts).
   */
  documentHolds: (passage: Passage, ids: readonly number[]) => boolean;
  sectionHolds: (passage: Passage, ids: readonly number[]) => boolean;
  besideHolds: (passage: Passage, ids: readonly number[]) => boolean;
  /** Each passage's terms in order, as ids (term-sequences.ts). */
  sequences: TermSequences;
  /** A passage by its id (`<file>#<index>`), for the answer after a reporter's question. */
  passageById: (id: string) => Passage | undefined;
  /** Whether a processed term occurs in the corpus, exactly or as a variant the index matched. */
  known: (term: string) => boolean;
  /** Whether a term is written in a script no passage is (written-scripts.ts). */
  foreign: (term: string) => boolean;
  /** A passage's sentences and their terms, for answer-type evidence (answer-kind-evidence.ts). */
  sentenceTerms: (text: string) => SentenceTerms;
}

/** A word English uses this often (WordNet's tag count: "know" 954, "give" 781) loses about `englishUseDiscount` of its weight when no passage has it. */
const COMMON_ENGLISH_USE = 1000;

/**
 * Re-ranks the index's candidates: BM25 (normalised to the best) blended with the share of the
 * question's weight a passage covers, a bonus for question words that stand side by side in the
 * passage too, one for question words standing close together (proximity.ts), one for a sentence
 * holding the question and the kind of thing it asks for (answer-kind-evidence.ts), what the
 * passage's section and neighbours add, less a penalty for a very short passage (surroundings.ts),
 * optionally credit for words naming the passage's document and a lift for the words the best
 * candidates share (feedback.ts); then the answer after a matching reporter's question takes its
 * score (answers.ts).
 */
export function rankCandidates(question: AnalysedQuestion, candidates: readonly Candidate[], sources: RankingSources): SearchHit[] {
  if (candidates.length === 0) return [];
  const { coverageWeight, phraseWeight, contextWeight, proximityWeight, proximityWindow, documentNameWeight, documentDateWeight, unknownWeight, answerKindWeight, answerKindPreviousShare } = sources.options;
  const { sequence, questionTerms, contextTerms, earlierOnly } = question;
  // What stands for a question term where a passage is asked whether it holds it: each expansion
  // phrase whole, or (wholeExpansionPhrases off) any one word of one.
  const whole = sources.options.wholeExpansionPhrases;
  const expansions = question.expansions;
  const holding = whole ? question.expansionPhrases : oneWordPhrases(expansions);
  const contextHolding = whole ? question.contextExpansionPhrases : oneWordPhrases(question.contextExpansions);
  const top = Math.max(...candidates.map((c) => c.score));
  // A word in a script no passage is written in can be neither held nor missed: it weighs nothing
  // in coverage nor counts in the question's length (it is still told as unknown).
  const foreign = new Set(questionTerms.filter(sources.foreign));
  const cjkCount = questionTerms.filter((term) => isCjkTerm(term) && !foreign.has(term)).length;
  // A word no passage has weighs as the rarest term, less the more English uses it: the papers
  // lacking "attended" says less about what they cover than their lacking "ramen".
  const { englishUseDiscount } = sources.options;
  const commonness = (term: string) => Math.min(1, englishUseDiscount * (Math.log1p(question.englishUse.get(term) ?? 0) / Math.log1p(COMMON_ENGLISH_USE)));
  const weightFor = (term: string) => (foreign.has(term) ? 0 : (sources.weight(term) * (1 - commonness(term))) / (isCjkTerm(term) ? cjkCount : 1));
  // Worked out once per question: the candidates below ask for the same few terms' weights again and again.
  const weights = new Map([...questionTerms, ...contextTerms].map((term) => [term, weightFor(term)]));
  const weightOf = (term: string) => weights.get(term) ?? weightFor(term);
  const totalWeight = questionTerms.reduce((sum, term) => sum + weightOf(term), 0) + contextWeight * contextTerms.reduce((sum, term) => sum + weightOf(term), 0);
  // A word naming a document ("according to togashi") is not unknown, though no passage has it.
  // Whatever documentNameWeight gives it in the ranking: told "no paper uses: togashi" under
  // Togashi's own byline, a user would stop trusting the list.
  const names = (term: string) => sources.namesADocument(term);
  const known = (term: string) => sources.known(term) || (expansions.get(term) ?? []).some(sources.known) || names(term);
  const unknown = new Set(questionTerms.filter((term) => !known(term)));
  // The question's words that only a byline holds, no passage ("togashi", not "japan" or
  // "alliance" from a publisher's name): only they are looked for in a candidate's byline.
  const namingTerms = questionTerms.filter((term) => names(term) && !sources.known(term));
  const unknownWords = typedUnknown(question.query, unknown);
  // The ranking weighs a word no passage has at `unknownWeight` of its weight: it is missing from
  // every candidate alike, and at full weight it only shrinks coverage against BM25. The reported
  // coverage keeps it whole: a question about something the papers lack is less well answered.
  const rankWeightFor = (term: string) => weightOf(term) * (unknown.has(term) ? unknownWeight : 1);
  const rankWeights = new Map(questionTerms.map((term) => [term, rankWeightFor(term)]));
  const rankWeightOf = (term: string) => rankWeights.get(term) ?? rankWeightFor(term);
  const rankTotal = questionTerms.reduce((sum, term) => sum + rankWeightOf(term), 0) + contextWeight * contextTerms.reduce((sum, term) => sum + weightOf(term), 0);
  // Question words side by side ("export controls", "nippon steel") that stand side by side in a passage.
  const pairs = sequence.slice(1).map((term, i) => [sequence[i]!, term] as const);
  // Their ids, and the question terms', looked up once for all the candidates (undefined: no passage has it).
  const pairIds = pairs.map(([first, second]) => [sources.sequences.idOf(first), sources.sequences.idOf(second)] as const);
  const questionIds = questionTerms.map((term) => sources.sequences.idOf(term));
  // Passage term id → the question term it stands for (itself or an expansion of it), for
  // proximity: 1 + its place in questionTerms, 0 for none. A typed array, not a Map: it is read
  // for every term of every candidate passage.
  const standing: [number, number][] = [];
  const standFor = (term: string, asked: number) => {
    const id = sources.sequences.idOf(term);
    if (id !== undefined) standing.push([id, asked + 1]);
  };
  questionTerms.forEach((term, i) => {
    for (const e of expansions.get(term) ?? []) standFor(e, i);
  });
  questionTerms.forEach((term, i) => standFor(term, i));
  const askedFor = new Int32Array(standing.reduce((most, [id]) => Math.max(most, id + 1), 0));
  for (const [id, asked] of standing) askedFor[id] = asked;
  const askedTermOf = (id: number) => {
    const asked = id < askedFor.length ? askedFor[id]! : 0;
    return asked === 0 ? undefined : questionTerms[asked - 1];
  };
  // Read whatever answerKindWeight is: the confidence asks a figure or date question for its evidence (answerEvidence).
  const kinds = soughtKinds(question.query);
  const factKinds = kinds.filter(isFactKind);
  // A term → the question terms it stands for (itself, or as their expansion): a sentence's few
  // terms are looked up, rather than every question term's expansions in every sentence.
  // A phrase of several words stands for its term only where the sentence holds all of them.
  const standsFor = new Map<string, string[]>();
  const severalWords: [string, readonly string[]][] = [];
  for (const term of questionTerms) {
    standsFor.set(term, [...(standsFor.get(term) ?? []), term]);
    for (const phrase of holding.get(term) ?? []) {
      if (phrase.length > 1) severalWords.push([term, phrase]);
      else standsFor.set(phrase[0]!, [...(standsFor.get(phrase[0]!) ?? []), term]);
    }
  }
  // A word that stands for a question word only within a longer phrase → those phrases: alone in a
  // passage it matched nothing the question asked, and marks nothing in the excerpt.
  const partsOnly = new Map<string, (readonly string[])[]>();
  const alone = new Set([...questionTerms, ...[...standsFor.keys()]]);
  for (const [, phrase] of severalWords) for (const word of phrase) if (!alone.has(word)) partsOnly.set(word, [...(partsOnly.get(word) ?? []), phrase]);
  // The share of the question a sentence holds is asked for every sentence of every candidate:
  // the question terms are counted by their place in `questionTerms`, in one array of flags made
  // once, summed in the same order as before (the same sum to the last bit), with no set or
  // empty list made per sentence. A sentence's terms are looked up by id in a typed array (1 + the
  // place of the list of question terms the id stands for), the few the index lacks by their text.
  const place = new Map(questionTerms.map((term, i) => [term, i]));
  const standsForLists: number[][] = [];
  const standsForOthers = new Map<string, number[]>();
  const standsForIds: [number, number][] = [];
  for (const [term, asked] of standsFor) {
    const places = asked.map((t) => place.get(t)!);
    const id = sources.sequences.idOf(term);
    if (id === undefined) standsForOthers.set(term, places);
    else standsForIds.push([id, standsForLists.push(places)]);
  }
  const standsForSlot = new Int32Array(standsForIds.reduce((most, [id]) => Math.max(most, id + 1), 0));
  for (const [id, slot] of standsForIds) standsForSlot[id] = slot;
  const severalPlaces = severalWords.map(([term]) => place.get(term)!);
  const rankWeightList = questionTerms.map(rankWeightOf);
  const hit = new Uint8Array(questionTerms.length);
  const markHeld = (held: HeldTerms) => {
    const { ids, end, others } = held;
    for (let k = held.start; k < end; k++) {
      const id = ids[k]!;
      const slot = id < standsForSlot.length ? standsForSlot[id]! : 0;
      if (slot === 0) continue;
      const asked = standsForLists[slot - 1]!;
      for (let i = 0; i < asked.length; i++) hit[asked[i]!] = 1;
    }
    for (const term of others) {
      const asked = standsForOthers.get(term);
      if (asked !== undefined) for (let i = 0; i < asked.length; i++) hit[asked[i]!] = 1;
    }
    for (let k = 0; k < severalWords.length; k++) {
      const at = severalPlaces[k]!;
      if (hit[at] === 0 && severalWords[k]![1].every((word) => held.set.has(word))) hit[at] = 1;
    }
  };
  const questionShare = (held: HeldTerms, before?: HeldTerms) => {
    if (rankTotal === 0) return 0;
    hit.fill(0);
    markHeld(held);
    if (before !== undefined) markHeld(before);
    let sum = 0;
    for (let i = 0; i < hit.length; i++) sum = sum + (hit[i] === 1 ? rankWeightList[i]! : 0);
    return sum / rankTotal;
  };
  // Each question term's ids and its expansions', looked up once for every candidate's surroundings.
  const idsOf = termIds(questionTerms, whole ? oneWordOnly(holding) : expansions, sources.sequences);
  const surroundingSources = { ...sources, idsOf: (term: string) => idsOf.get(term) ?? [], termCount: (passage: Passage) => sources.sequences.of(passage.id).length };
  const closeness = proximityWeight === 0 ? null : proximityScorer({ terms: questionTerms, termOf: askedTermOf, placeOf: (id: number) => (id < askedFor.length ? askedFor[id]! : 0) - 1, weightOf: rankWeightOf }, proximityWindow);
  // Per candidate, plain loops and sums in the order the lists give (the same sums to the last
  // bit as the reductions they replace): this runs for some thirty candidates a question, and its
  // closures, sets and copied lists were a good part of the garbage made per answer.
  const scored = candidates.map((candidate) => {
    // Matched exactly (common words too, which the index query leaves out), or by typo/prefix.
    const own = sources.termsOf(candidate.passage);
    const typed = candidate.queryTerms;
    const found: TermSet = { has: (term) => own.has(term) || typed.includes(term), hasPair: (first, second) => holdsPair(own, first, second) };
    const matched: string[] = [];
    // The matched question terms the passage has as they are (not only through a phrase).
    const matchedWhole: string[] = [];
    let matchedWeight = 0;
    let matchedRankWeight = 0;
    for (let i = 0; i < questionTerms.length; i++) {
      const term = questionTerms[i]!;
      const id = questionIds[i];
      // found.has(term), the term's id looked up once per question.
      if ((id !== undefined && own.hasId(id)) || typed.includes(term)) matchedWhole.push(term);
      else if (!holdsSomePhrase(found, term, holding)) continue;
      matched.push(term);
      matchedWeight += weightOf(term);
      matchedRankWeight += rankWeightOf(term);
    }
    // A question word the passage's byline holds ("what does togashi say about free trade", asked
    // of Togashi's paper) is answered by the citation shown under the excerpt: the coverage that
    // decides "none" counts it held. The ranking weighs it by documentNameWeight (0: not at all).
    let namedWeight = 0;
    let namedCoverageWeight = 0;
    if (namingTerms.length > 0) {
      const byName = sources.documentNameOf(candidate.passage);
      for (const term of namingTerms) {
        if (holdsTerm(found, term, holding) || !holdsTerm(byName, term, holding)) continue;
        namedWeight += rankWeightOf(term);
        namedCoverageWeight += weightOf(term);
      }
    }
    // The question names the passage's document by the month it was published ("the nov 2024
    // statement", "what did biden and kishida commit to in january 2023", asked of the statement of
    // 13 January 2023): the month and year words its text lacks lift it in the ranking
    // (documentDateWeight), as a byline's names do. Both words together, and in the ranking only:
    // the coverage that decides "none" does not count them.
    let datedWeight = 0;
    if (documentDateWeight > 0) {
      const month = sources.documentMonthOf(candidate.passage);
      if (month.size > 0 && [...month].every((term) => question.asked.has(term))) {
        for (const term of questionTerms) if (!matched.includes(term) && holdsTerm(month, term, holding)) datedWeight += rankWeightOf(term);
      }
    }
    let earlierWeight = 0;
    for (const term of contextTerms) if (holdsTerm(found, term, contextHolding)) earlierWeight += weightOf(term);
    const coverage = totalWeight === 0 ? 0 : (matchedWeight + namedCoverageWeight + contextWeight * earlierWeight) / totalWeight;
    const rankCoverage = rankTotal === 0 ? 0 : (matchedRankWeight + documentNameWeight * namedWeight + documentDateWeight * datedWeight + contextWeight * earlierWeight) / rankTotal;
    let phrases = 0;
    for (const [first, second] of pairIds) if (first !== undefined && second !== undefined && own.hasPairIds(first, second)) phrases++;
    const close = closeness === null ? 0 : closeness(sources.sequences.of(candidate.passage.id));
    // What the question gives — its words, their expansions, the variants they matched — is no answer.
    let answerType = 0;
    let answerEvidence: number | null = null;
    if (kinds.length > 0) {
      const variants = new Set(candidate.terms);
      const given = (term: string) => question.asked.has(term) || variants.has(term);
      const evidenceFor = (sought: readonly AnswerKind[]) => answerKindEvidence(candidate.passage.text, sought, { read: sources.sentenceTerms, questionShare, given }, answerKindPreviousShare);
      answerType = evidenceFor(kinds);
      // Most questions that ask for a figure or a date ask for nothing else: the same number then.
      if (factKinds.length > 0) answerEvidence = factKinds.length === kinds.length ? answerType : evidenceFor(factKinds);
    }
    // The earlier question's words steer the ranking only: the excerpt answers the follow-up.
    const matchedTerms = new Set<string>();
    for (const term of candidate.terms) {
      if (earlierOnly.has(term)) continue;
      const within = partsOnly.get(term);
      if (within === undefined || within.some((phrase) => holdsPhrase(own, phrase))) matchedTerms.add(term);
    }
    for (const term of matchedWhole) matchedTerms.add(term);
    return {
      candidate,
      score:
        candidate.score / top +
        coverageWeight * rankCoverage +
        phraseWeight * Math.min(phrases, 3) +
        proximityWeight * close +
        answerKindWeight * answerType +
        surroundings(candidate.passage, matched, questionTerms, rankWeightOf, surroundingSources),
      coverage,
      matchedTerms: [...matchedTerms],
      answerEvidence,
    };
  });
  withFeedback(scored, question, sources);
  const ranked = scored.map(({ candidate, score, coverage, matchedTerms, answerEvidence }) => ({ passage: candidate.passage, score, coverage, matchedTerms, answerEvidence }));
  // An answer added for its question: the question's own words it holds mark its excerpt.
  const matchedIn = (passage: Passage) => questionTerms.filter((term) => holdsTerm(sources.termsOf(passage), term, holding));
  return (
    carryToAnswers(ranked, sources.passageById, matchedIn, sources.options.answerWeight)
      // Written out, not spread: spreading an object was a thirtieth of an answer's time.
      .map(({ passage, score, coverage, matchedTerms, answerEvidence }) => ({ passage, score, coverage, matchedTerms, answerEvidence, unknownWords, questionTerms: questionTerms.length - foreign.size }))
      .sort((a, b) => b.score - a.score)
  );
}

/** Each term's id and its expansions' ids, those the corpus has (a phrase expansion has none). */
function termIds(terms: readonly string[], expansions: ReadonlyMap<string, string[]>, sequences: TermSequences): Map<string, number[]> {
  const ids = (list: readonly string[]) => list.map((term) => sequences.idOf(term)).filter((id): id is number => id !== undefined);
  return new Map(terms.map((term) => [term, ids([term, ...(expansions.get(term) ?? [])])]));
}

type Phrases = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Every word of every expansion as a phrase of its own. */
function oneWordPhrases(expansions: ReadonlyMap<string, string[]>): Phrases {
  return new Map([...expansions].map(([term, words]) => [term, words.map((word) => [word])]));
}

/** Term → its one-word expansions: what a term id alone can stand for. */
function oneWordOnly(phrases: Phrases): Map<string, string[]> {
  return new Map([...phrases].map(([term, list]) => [term, list.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!)]));
}

/** The term itself, or one of the phrases standing for it. */
function holdsTerm(set: TermSet, term: string, phrases: Phrases): boolean {
  return set.has(term) || holdsSomePhrase(set, term, phrases);
}

/** One of the phrases standing for the term. */
function holdsSomePhrase(set: TermSet, term: string, phrases: Phrases): boolean {
  const list = phrases.get(term);
  if (list === undefined) return false;
  for (const phrase of list) if (holdsPhrase(set, phrase)) return true;
  return false;
}

/** A word, or each adjacent pair of a longer phrase ("unit state"). */
function holdsPhrase(set: TermSet, phrase: readonly string[]): boolean {
  if (phrase.length === 1) return set.has(phrase[0]!);
  for (let i = 1; i < phrase.length; i++) if (!holdsPair(set, phrase[i - 1]!, phrase[i]!)) return false;
  return true;
}

/** Two terms side by side: asked by the two terms where the set can, else as "first second". */
function holdsPair(set: TermSet, first: string, second: string): boolean {
  return set.hasPair === undefined ? set.has(`${first} ${second}`) : set.hasPair(first, second);
}

/** Lifts the candidates that share the best candidates' words (pseudo-relevance feedback), in place. */
function withFeedback(scored: { candidate: Candidate; score: number }[], question: AnalysedQuestion, sources: RankingSources): void {
  const { feedbackWeight, feedbackPassages, feedbackTermCount } = sources.options;
  if (feedbackWeight === 0 || scored.length < 2) return;
  const termSets = new Map(scored.map((s) => [s, new Set(Array.from(sources.sequences.of(s.candidate.passage.id), (id) => sources.sequences.termOf(id)))]));
  const best = [...scored].sort((a, b) => b.score - a.score).slice(0, feedbackPassages);
  const feedback = feedbackTerms(
    best.map((s) => termSets.get(s)!),
    question.asked,
    sources.weight,
    feedbackTermCount,
  );
  for (const s of scored) s.score += feedbackWeight * feedbackShare(termSets.get(s)!, feedback);
}

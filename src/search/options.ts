import type { ConfidenceModel } from './confidence.js';

/**
 * Search settings, chosen on the tuning split of the question sets (test/fixtures/questions/,
 * `npm run eval`; `eval/sweep.ts` tries values). The re-ranker's weights, BM25's b and the
 * expansions' weight were last fitted together by `eval/fit-ranking.ts` on the tuning split of all
 * seven sets (session 27: coverage 2 → 4, adjacent pairs 0.2 → 0.4, proximity 0.5 → 0.25, answer
 * type 1 → 2, section 0.15 → 0, neighbours 0.25 → 0.5, expansions 0.15 → 0, b 0.5 → 1; the
 * figures in docs/QUALITY.md); the comments below tell how each was first chosen alone. A method left at 0 was tried and did not help
 * there; it stays so it can be swept again when the corpus or the question sets grow.
 * Merged over by callers that want to experiment (the eval's sweeps), MiniSearch-style.
 */
export interface SearchOptions {
  /** Field boosts: a question naming a section heading or a title is a strong signal. */
  boost: { text: number; section: number; title: number };
  /**
   * MiniSearch's BM25 parameters: k, how fast repeating a term stops adding; b, how much a long
   * passage is discounted against a short one; d, the floor each matched term earns. Chosen alone,
   * b was 0.5 (short fact-sheet bullets outranked the papers' fuller paragraphs less easily); fitted
   * with the re-ranker's weights, which now weigh coverage twice as much, 1.
   */
  bm25: { k: number; b: number; d: number };
  /** Max edit distance as a fraction of term length, for terms at least `fuzzyMinLength` long. */
  fuzzy: number;
  fuzzyMinLength: number;
  /**
   * Typos at most this many edits away, whatever `fuzzy` allows a long term: a two-edit look-up
   * in a real vocabulary (27,000 terms in whitehouse-2022) costs several times a one-edit one.
   */
  maxTypoDistance: number;
  /**
   * Whether a question word no passage has is read as a typo of a corpus word even when it is an
   * English word itself (WordNet knows it, or an inflection of it). Most such readings are wrong
   * ("paused" → caused, "youth" → south), yet on the tuning split leaving them uncorrected lost a
   * question at rank 1 (whitehouse-japan) and one from the top 3 (papers) that a wrong reading had
   * helped, and refused no more unanswerable questions: so true, and swept again as the sets grow.
   */
  /**
   * A question word of two to four letters no passage has, typed in capitals or no English word,
   * also stands for the corpus name its initials spell ("IRA" → Inflation Reduction Act):
   * initialisms.ts.
   */
  initialisms: boolean;
  correctEnglishWords: boolean;
  /** At most this many prefix and typo variants per term, the closest (term-variants.ts). */
  variants: number;
  /**
   * The postings (passage × field) the index query may walk: the rarest terms are sent first,
   * the rest count only for the candidates that have them (query-plan.ts). Bounds a question's
   * cost at any corpus size; set high enough that it leaves nothing out of any eval question on
   * the papers, alone or with the whitehouse-japan documents (759 passages).
   */
  postingBudget: number;
  /**
   * How the posting budget is shared out: terms go in order of their postings divided by their
   * boost to this power (query-plan.ts), so a question's own words (boost 1) come before WordNet and
   * glossary expansions (0.15) and weak typo variants unless those are far rarer; 0 sends the
   * rarest first whatever their boost. It matters only where the budget binds: at scale, not on
   * the papers. 2 on the tuning split over the papers with whitehouse-2022 (`eval/sweep.ts
   * --at-scale`): from 0 to 2, hit@3 dev 0.804 → 0.891, papers 0.776 → 0.860, fresh 0.723 →
   * 0.830, fresh2 0.711 → 0.895; 1 did less, 3 alike (docs/QUALITY.md).
   */
  postingWeightPower: number;
  /** Prefix matching for terms at least this long ("semicon" → "semiconductor"). */
  prefixMinLength: number;
  /**
   * Weight of a WordNet or glossary expansion in MiniSearch's score, relative to the question's own
   * words. At 0 (the joint fit; 0.15 chosen alone) an expansion still brings its passages among the
   * candidates, at no score, and counts in the re-ranking's coverage; not sending such terms at
   * all lost papers tuning hit@1 0.841 → 0.794.
   */
  expansionWeight: number;
  /**
   * How many of a question word's commonest WordNet senses compete for its expansion, the one the
   * corpus speaks of most winning (lexicon.ts); 1 keeps WordNet's commonest sense. 4 on the
   * tuning split; "chip"'s microchip sense is its 7th, but with 8 the White House documents'
   * rarer senses won too and lowered the papers' hit@3 beside them.
   */
  senseCandidates: number;
  /**
   * How many times the commonest sense's corpus support a rarer sense needs to win. 3 on the
   * tuning split: without a margin a rarer sense often won on a few gloss words the corpus shares
   * ("security" as "protection", its third sense, in a corpus about economic security).
   */
  senseMargin: number;
  /**
   * Whether a passage holds a question word through an expansion only by holding a whole
   * expansion phrase, its words side by side ("united states" for "us", the glossary's long form
   * for "JUCIP"), rather than any one word of one ("state", "partnership").
   */
  wholeExpansionPhrases: boolean;
  /** Bonus per pair of adjacent question words found adjacent in the passage (at most 3 count). */
  phraseWeight: number;
  /** Terms in more than this share of passages are left out of the index query (see selective()). */
  commonShare: number;
  /** How many MiniSearch candidates are re-ranked by coverage. */
  candidates: number;
  /** Weight of IDF-weighted question coverage in the final score (0 = plain BM25). */
  coverageWeight: number;
  /** How sure an answer is: found, possibly relevant or none (confidence.ts). */
  confidence: ConfidenceModel;
  /**
   * Weight of an earlier question's words when a follow-up is read with it: they steer the
   * search to the same topic without outweighing what the follow-up itself asks.
   */
  contextWeight: number;
  /** Weight of term proximity (proximity.ts): question terms standing close together in the passage. */
  proximityWeight: number;
  /** Question terms farther apart than this many terms do not count as close. */
  proximityWindow: number;
  /**
   * Share of a question word's weight a passage earns in the ranking when no passage has the word
   * but its document's authors or publisher do ("according to togashi", "what does pryor say about
   * CFIUS"); the coverage that decides "none" always counts it held there. 1: at 0, 0.5, 1 and 2
   * no tuning question moved (few name an author), and at 0 "what does pryor say about CFIUS"
   * answered with Tong's passages on CFIUS.
   */
  documentNameWeight: number;
  /**
   * Share of a question word's weight a passage earns in the ranking when its document was
   * published in the month the question names, month and year both ("the nov 2024 statement"),
   * and its text lacks the word (publication-month.ts); the coverage that decides "none" never
   * counts it. 2 on the tuning split: from 0.5 to 2 only `whitehouse-japan` questions moved, all
   * up; at 4 two questions on an order of August 2023 lost to a fact sheet of that month.
   */
  documentDateWeight: number;
  /**
   * Weight, in the ranking only, of a question word no passage has, as a share of its weight (the
   * rarest term's). The coverage that decides "none" keeps it whole.
   */
  unknownWeight: number;
  /**
   * How much less a question word no passage has weighs the more English uses it (WordNet's tag
   * count c, rank.ts): its weight, the rarest term's, times 1 − this × ln(1 + c) / ln(1001). The
   * papers lacking a common word ("attended", 89) tells less about whether they answer than their
   * lacking a rare one ("ramen", 0). 0.5 on the tuning split: see docs/QUALITY.md.
   */
  englishUseDiscount: number;
  /** Share of a reporter's question's score the answer after it earns (answers.ts): 0 turns it off. */
  answerWeight: number;
  /**
   * Weight of answer-type evidence (answer-kind-evidence.ts): a sentence of the passage holds both
   * much of the question and the kind of thing it asks for (who → a name, when → a date, …). 1
   * chosen alone on the tuning split (up to 0.5 it moved little, 1 to 2 did alike, from 3 the
   * papers lost hit@1); 2 in the joint fit.
   */
  answerKindWeight: number;
  /**
   * A sentence read with the one before it, for answer-type evidence, holds the question at this
   * share of the pair's joint share: the answer is often told in the sentence after the one that
   * names what the question asks about ("That meeting took place … in San Francisco"). 0 reads
   * each sentence alone. On the tuning split every share from 0.5 to 0.75 did alike
   * (whitehouse-japan hit@1 0.773 → 0.787, papers MRR 0.882 → 0.883, no set lower); 0.9 and 1
   * lost a papers question at rank 1. 0.6, inside that range.
   */
  answerKindPreviousShare: number;
  /**
   * Weight of the share of the question the passage's whole document holds (group-evidence.ts:
   * the cluster hypothesis); 0 turns it off and builds no document term sets. 0 on the tuning
   * split: the White House documents are about the papers' topics too, and at any weight from
   * 0.25 to 3 the shipped questions among them lost as much or more (dev Δhit@3 −0.065).
   */
  documentWeight: number;
  /**
   * The same for the passage's section (its run of passages under one heading), 0 turning it off.
   * 0.15 chosen with the two below (alone 0.25 took the papers' loss among the distractors from
   * −0.028 to −0.019, above 0.5 it cost the papers' own hit@3); 0 in the joint fit, where the
   * neighbours' weight rose.
   */
  sectionWeight: number;
  /**
   * Weight of the share of the question the passages beside it in its section add (neighbours.ts),
   * 0 turning it off. 0.25 chosen alone (from 0.5 up it lifted passages whose neighbours share the
   * question's common words and lost the distractor figures); 0.5 in the joint fit, without the
   * section's weight.
   */
  neighbourWeight: number;
  /**
   * Penalty for a passage shorter than `shortPassageLength` terms (length-prior.ts); 0 turns it
   * off. 0.25 below 60 terms on the tuning split: it took the dev set's loss among the
   * distractors from −0.043 to 0 without lowering the whitehouse-japan set, whose answers are
   * often short bullets; below 15 or 30 terms it changed nothing, and a weight of 1 or more cost
   * that set's hit@1.
   */
  shortPassageWeight: number;
  shortPassageLength: number;
  /** Weight of pseudo-relevance feedback (feedback.ts): 0 turns it off. */
  feedbackWeight: number;
  /** How many of the best candidates give the feedback terms. */
  feedbackPassages: number;
  /** How many feedback terms count. */
  feedbackTermCount: number;
}

const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  boost: { text: 1, section: 1, title: 0.5 },
  bm25: { k: 2, b: 1, d: 0.5 },
  fuzzy: 0.15,
  fuzzyMinLength: 5,
  maxTypoDistance: 1,
  correctEnglishWords: true,
  initialisms: true,
  variants: 8,
  postingBudget: 4000,
  postingWeightPower: 2,
  prefixMinLength: 4,
  expansionWeight: 0,
  senseCandidates: 4,
  senseMargin: 3,
  wholeExpansionPhrases: true,
  phraseWeight: 0.4,
  commonShare: 0.5,
  candidates: 30,
  coverageWeight: 4,
  // Calibrated by `npm run eval` on the tuning split of every question set and corpus
  // configuration (eval/calibrate.ts): these are the values it prints. Re-run it after a change to
  // the ranking and copy them here; the eval warns while they differ.
  confidence: { intercept: -6.54, coverage: 5.70, questionLength: 2.22, noneBelow: 0.369, foundFrom: 0.770 },
  contextWeight: 0.5,
  proximityWeight: 0.25,
  proximityWindow: 8,
  documentNameWeight: 1,
  documentDateWeight: 2,
  unknownWeight: 1,
  englishUseDiscount: 0.5,
  answerWeight: 1.05,
  answerKindWeight: 2,
  answerKindPreviousShare: 0.6,
  documentWeight: 0,
  sectionWeight: 0,
  neighbourWeight: 0.5,
  shortPassageWeight: 0.25,
  shortPassageLength: 60,
  feedbackWeight: 0,
  feedbackPassages: 3,
  feedbackTermCount: 10,
};

export function resolveSearchOptions(overrides: Partial<SearchOptions> = {}): SearchOptions {
  for (const key of Object.keys(overrides)) {
    if (!(key in DEFAULT_SEARCH_OPTIONS)) throw new Error(`briefbot search: unknown option "${key}"`);
  }
  return { ...DEFAULT_SEARCH_OPTIONS, ...overrides };
}

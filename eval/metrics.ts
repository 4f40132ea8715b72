import type { Knowledge } from '../src/knowledge/knowledge.js';
import { ask, confidenceOf, outcomeOf, questionWords, signalOf, type ConfidenceModel, type ConfidenceSignal, type Outcome } from '../src/search/index.js';
import type { DevQuestion } from './dev-set.js';
import { containsPhrase } from './match.js';
import { splitOf, type Split } from './split.js';

export const RANK_DEPTH = 10;
/** What a reply shows at once (the /ask page size): the excerpts a reader actually sees. */
export const SHOWN = 3;

export interface QuestionOutcome {
  question: DevQuestion;
  split: Split;
  /** 1-based rank of the first passage of `doc` containing the phrase; null if not in the top 10. */
  rank: number | null;
  answer: Outcome;
  /** The best passage's coverage of the question; null when nothing matched at all. */
  topCoverage: number | null;
  /** What ask() judges its outcome by (confidence.ts); null when nothing matched at all. */
  signal: ConfidenceSignal | null;
  /** False when no passage of `doc` contains the phrase at all: the loader split or lost it, and no ranking can help. */
  reachable: boolean;
  /** Whether the right passage's shown excerpt contains `answer`; null without an answer or when the right passage is not shown. */
  excerptHasAnswer: boolean | null;
  /**
   * Whether the excerpt shown for the first result contains `phrase` (the text that identifies the
   * right passage); null unless that first result is the right passage.
   */
  excerptHasPhrase: boolean | null;
}

export interface Figures {
  questions: number;
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Questions with an `answer` whose right passage is shown, and how many of those excerpts contain it. */
  excerptShown: number;
  excerptWithAnswer: number;
  /** Right passages shown first, and how many of their excerpts contain the question's phrase. */
  firstRight: number;
  excerptWithPhrase: number;
  /** Answerable questions whose phrase is in no passage of their document. */
  unreachable: number;
  /** Unanswerable questions rightly answered "none". */
  correctNone: number;
  /** Answerable questions wrongly answered "none". */
  falseNone: number;
  /** How many answerable and unanswerable questions got each outcome. */
  answerableOutcomes: Record<Outcome, number>;
  unanswerableOutcomes: Record<Outcome, number>;
}

/** ask()'s decision, for a confidence model of our choosing (confidence.ts). */
export function decide(signal: ConfidenceSignal | null, model: ConfidenceModel): Outcome {
  return outcomeOf(signal === null ? null : confidenceOf(signal, model), model, signal?.answerEvidence ?? null);
}

export function evaluate(knowledge: Knowledge, questions: readonly DevQuestion[], options: { expand?: boolean } = {}): QuestionOutcome[] {
  const expand = options.expand === false ? undefined : knowledge.expand;
  const sources = { search: knowledge.search, documents: knowledge.documents, ...(expand ? { expand } : {}) };
  const isRight = (question: DevQuestion, passage: { doc: string; text: string }) =>
    question.phrase !== null && passage.doc === question.doc && containsPhrase(passage.text, question.phrase);
  return questions.map((question): QuestionOutcome => {
    // The words ask() searches with: the question without its chat noise (mentions, links, emoji).
    const words = questionWords(question.q);
    const hits = knowledge.search.find(words, RANK_DEPTH, expand?.(words) ?? []);
    const index = hits.findIndex((hit) => isRight(question, hit.passage));
    const reply = ask(sources, question.q, SHOWN);
    const first = reply.results[0];
    const firstRight = index === 0 && first !== undefined && isRight(question, first.hit.passage);
    const shown = question.answer == null ? undefined : reply.results.find((result) => isRight(question, result.hit.passage));
    return {
      question,
      split: splitOf(question.q),
      rank: index < 0 ? null : index + 1,
      reachable: question.doc === null || (knowledge.documents.get(question.doc)?.passages.some((passage) => isRight(question, passage)) ?? false),
      answer: reply.answer,
      topCoverage: hits[0]?.coverage ?? null,
      signal: hits[0] === undefined ? null : signalOf(hits[0]),
      excerptHasAnswer: shown === undefined ? null : containsPhrase(shown.excerpt.text, question.answer!),
      excerptHasPhrase: firstRight ? containsPhrase(first.excerpt.text, question.phrase!) : null,
    };
  });
}

/** The figures for some outcomes; with `model`, the outcome is decided by it instead of by ask(). */
export function summarize(outcomes: readonly QuestionOutcome[], model?: ConfidenceModel): Figures {
  const answerOf = (o: QuestionOutcome) => (model === undefined ? o.answer : decide(o.signal, model));
  const count = (some: readonly QuestionOutcome[]): Record<Outcome, number> => {
    const counts = { found: 0, possible: 0, none: 0 };
    for (const o of some) counts[answerOf(o)] += 1;
    return counts;
  };
  const answerable = outcomes.filter((o) => o.question.style !== 'none');
  const unanswerable = outcomes.filter((o) => o.question.style === 'none');
  const share = (n: number) => (answerable.length === 0 ? 0 : n / answerable.length);
  const excerpts = answerable.filter((o) => o.excerptHasAnswer !== null);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    hitAt1: share(answerable.filter((o) => o.rank === 1).length),
    hitAt3: share(answerable.filter((o) => o.rank !== null && o.rank <= 3).length),
    mrr: share(answerable.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0)),
    excerptShown: excerpts.length,
    unreachable: answerable.filter((o) => !o.reachable).length,
    excerptWithAnswer: excerpts.filter((o) => o.excerptHasAnswer === true).length,
    firstRight: answerable.filter((o) => o.excerptHasPhrase !== null).length,
    excerptWithPhrase: answerable.filter((o) => o.excerptHasPhrase === true).length,
    correctNone: unanswerable.filter((o) => answerOf(o) === 'none').length,
    falseNone: answerable.filter((o) => answerOf(o) === 'none').length,
    answerableOutcomes: count(answerable),
    unanswerableOutcomes: count(unanswerable),
  };
}

/** Questions where ask()'s own answer differs from `decide` with ask()'s model: the eval's replay of it is out of date. */
export function thresholdDisagreements(knowledge: Knowledge, outcomes: readonly QuestionOutcome[]): QuestionOutcome[] {
  return outcomes.filter((o) => o.answer !== decide(o.signal, knowledge.search.options.confidence));
}

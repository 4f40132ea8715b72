import { withoutMarkers } from '../src/corpus/index.js';
import type { Knowledge } from '../src/knowledge/knowledge.js';
import { ask } from '../src/search/index.js';
import type { DevQuestion } from './dev-set.js';

export const RANK_DEPTH = 10;

export interface QuestionOutcome {
  question: DevQuestion;
  /** 1-based rank of the first passage containing the expected phrase; null if not in the top 10. */
  rank: number | null;
  answer: 'found' | 'none';
}

export interface EvalReport {
  answerable: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Answerable questions the bot wrongly called unanswerable. */
  falseNone: number;
  unanswerable: number;
  /** Unanswerable questions the bot rightly called unanswerable. */
  correctNone: number;
  outcomes: QuestionOutcome[];
}

const normalize = (text: string) => withoutMarkers(text).toLowerCase().replace(/\s+/g, ' ');

export function evaluate(knowledge: Knowledge, questions: readonly DevQuestion[], options: { expand?: boolean } = {}): EvalReport {
  const expand = options.expand === false ? undefined : knowledge.expand;
  const outcomes = questions.map((question): QuestionOutcome => {
    const hits = knowledge.search.find(question.q, RANK_DEPTH, expand?.(question.q) ?? []);
    const phrase = question.phrase === null ? null : normalize(question.phrase);
    const index = phrase === null ? -1 : hits.findIndex((hit) => hit.passage.doc === question.doc && normalize(hit.passage.text).includes(phrase));
    const sources = { search: knowledge.search, documents: knowledge.documents, ...(expand ? { expand } : {}) };
    return { question, rank: index < 0 ? null : index + 1, answer: ask(sources, question.q, 3).answer };
  });
  const answerable = outcomes.filter((o) => o.question.style !== 'none');
  const unanswerable = outcomes.filter((o) => o.question.style === 'none');
  const share = (n: number) => (answerable.length === 0 ? 0 : n / answerable.length);
  return {
    answerable: answerable.length,
    hitAt1: share(answerable.filter((o) => o.rank === 1).length),
    hitAt3: share(answerable.filter((o) => o.rank !== null && o.rank <= 3).length),
    mrr: share(answerable.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0)),
    falseNone: answerable.filter((o) => o.answer === 'none').length,
    unanswerable: unanswerable.length,
    correctNone: unanswerable.filter((o) => o.answer === 'none').length,
    outcomes,
  };
}

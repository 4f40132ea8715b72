import { QUESTION_SPEAKER, type Passage } from '../corpus/index.js';

/**
 * In a press conference or press call, a reporter's question names the topic and the answer that
 * follows often does not: "On the issue that you have raised, we understand that discussions are
 * underway" answers a question about Nippon Steel without naming it. So the passage after a
 * matching question (the next one in the document, spoken by someone else) earns `weight` × the
 * question's score, and is added to the candidates if the index did not return it; with a weight
 * above 1 the answer ranks above the question it answers. Its coverage is the pair's: what the
 * question and its answer hold together.
 */

export interface RankedPassage {
  passage: Passage;
  score: number;
  coverage: number;
  matchedTerms: string[];
  /** rank.ts's SearchHit.answerEvidence: the answer, like its coverage, is credited with its question's. */
  answerEvidence: number | null;
}

export function carryToAnswers(ranked: RankedPassage[], passageById: (id: string) => Passage | undefined, matchedIn: (passage: Passage) => string[], weight: number): RankedPassage[] {
  if (weight === 0) return ranked;
  const byId = new Map(ranked.map((r) => [r.passage.id, r]));
  for (const question of [...ranked]) {
    if (question.passage.speaker !== QUESTION_SPEAKER) continue;
    const next = passageById(`${question.passage.doc}#${question.passage.index + 1}`);
    if (next === undefined || next.speaker == null || next.speaker === QUESTION_SPEAKER) continue;
    const carried = weight * question.score;
    const answer = byId.get(next.id);
    if (answer === undefined) {
      const added = { passage: next, score: carried, coverage: question.coverage, matchedTerms: matchedIn(next), answerEvidence: question.answerEvidence };
      byId.set(next.id, added);
      ranked.push(added);
    } else if (carried > answer.score) {
      answer.score = carried;
      answer.coverage = Math.max(answer.coverage, question.coverage);
      if (question.answerEvidence !== null) answer.answerEvidence = Math.max(answer.answerEvidence ?? 0, question.answerEvidence);
    }
  }
  return ranked;
}

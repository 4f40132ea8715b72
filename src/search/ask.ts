import { citationFor, notesFor, type Citation, type CorpusDocument } from '../corpus/index.js';
import { withoutChatNoise } from '../shared/text/chat-noise.js';
import type { TextRun } from './text-run.js';
import { excerptReader } from './excerpt.js';
import { soughtKinds } from './answer-kind-evidence.js';
import { isFactKind, type FactKind } from './question-kind.js';
import { confidenceOf, outcomeOf, signalOf, type Outcome } from './confidence.js';
import type { QueryExpansionTerms, SearchHit, SearchIndex } from './search-index.js';

export const MAX_QUESTION_LENGTH = 1000;

interface AnswerItem {
  hit: SearchHit;
  /**
   * What this passage alone would be: in a "found" answer a lower passage may match only part of
   * the question, and is shown as such.
   */
  outcome: Outcome;
  excerpt: { text: string; spans: TextRun[] };
  citation: Citation;
}

export interface Answer {
  query: string;
  /**
   * "found" when a passage answers; "possible" when the passages shown may be relevant but none
   * matches the whole question; "none" when nothing matches well: `results` then holds at most
   * the closest passage.
   */
  answer: Outcome;
  /** The best passage's confidence (confidence.ts), 0–1; 0 when nothing matched at all. */
  confidence: number;
  results: AnswerItem[];
  /** How many results there are in all, for paging (`results` is one page of them). */
  total: number;
  /**
   * What the question asks for — a figure, a date — when that alone keeps the answer "possible":
   * the best passage holds the question well enough to be "found", but no sentence of it holding
   * the question writes one (confidence.ts). Empty otherwise.
   */
  notWritten: FactKind[];
}

interface AskSources {
  search: SearchIndex;
  documents: ReadonlyMap<string, CorpusDocument>;
  /** Extra terms for a question (glossary expansion); none by default. */
  expand?: (question: string) => readonly QueryExpansionTerms[];
}

/**
 * A question → verbatim excerpts with citations, marked "possibly relevant" when no passage
 * matches the whole question, or an honest "none". Never writes an answer of
 * its own: every word in a result is the corpus's. `readWith` is an earlier question a follow-up
 * is read together with (see follow-up.ts).
 */
export function ask(sources: AskSources, question: string, limit: number, offset = 0, readWith = ''): Answer {
  const query = question.trim();
  // Mentions, links, emoji and formatting marks are chat, not question words.
  const words = withoutChatNoise(query);
  const context = withoutChatNoise(readWith);
  const hits = sources.search.find(words, Math.max(offset + limit + 1, 1), sources.expand?.(words) ?? [], context, context ? (sources.expand?.(context) ?? []) : []);
  const model = sources.search.options.confidence;
  const confidenceOfHit = (hit: SearchHit) => confidenceOf(signalOf(hit), model);
  // The best passage decides; the others are shown while each would not, alone, be "none".
  const confidence = hits.length > 0 ? confidenceOfHit(hits[0]!) : null;
  const answer = outcomeOf(confidence, model, hits[0]?.answerEvidence ?? null);
  const withheld = answer === 'possible' && outcomeOf(confidence, model) === 'found';
  const notWritten = withheld ? soughtKinds(words).filter(isFactKind) : [];
  const outcomes = new Map(hits.map((hit) => [hit, outcomeOf(confidenceOfHit(hit), model, hit.answerEvidence)]));
  const kept = answer === 'none' ? hits.slice(0, 1) : hits.filter((hit) => outcomes.get(hit) !== 'none');
  // Excerpts are made for the page shown only: they are the costly part of an answer.
  const excerptOf = excerptReader(words);
  const results = kept.slice(offset, offset + limit).map((hit) => {
    const document = sources.documents.get(hit.passage.doc)!;
    const excerpt = excerptOf(hit.passage.text, new Set(hit.matchedTerms), (term) => sources.search.weight(term));
    return { hit, outcome: outcomes.get(hit)!, excerpt, citation: citationFor(document, hit.passage, notesFor(document, excerpt.text)) };
  });
  return { query, answer, confidence: confidence ?? 0, results, total: kept.length, notWritten };
}

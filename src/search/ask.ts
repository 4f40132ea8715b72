import { citationFor, notesFor, type Citation, type CorpusDocument } from '../corpus/index.js';
import { withoutChatNoise } from '../shared/text/chat-noise.js';
import type { TextRun } from './text-run.js';
import { bestExcerpt } from './excerpt.js';
import type { QueryExpansionTerms, SearchHit, SearchIndex } from './search-index.js';

export const MAX_QUESTION_LENGTH = 1000;

interface AnswerItem {
  hit: SearchHit;
  excerpt: { text: string; spans: TextRun[] };
  citation: Citation;
}

export interface Answer {
  query: string;
  /** "none" when nothing matches well: `results` then holds at most the closest passage. */
  answer: 'found' | 'none';
  results: AnswerItem[];
  /** How many results there are in all, for paging (`results` is one page of them). */
  total: number;
}

interface AskSources {
  search: SearchIndex;
  documents: ReadonlyMap<string, CorpusDocument>;
  /** Extra terms for a question (glossary expansion); none by default. */
  expand?: (question: string) => readonly QueryExpansionTerms[];
}

/**
 * A question → verbatim excerpts with citations, or an honest "none". Never writes an answer of
 * its own: every word in a result is the corpus's. `readWith` is an earlier question a follow-up
 * is read together with (see follow-up.ts).
 */
export function ask(sources: AskSources, question: string, limit: number, offset = 0, readWith = ''): Answer {
  const query = question.trim();
  // Mentions, links, emoji and formatting marks are chat, not question words.
  const words = withoutChatNoise(query);
  const context = withoutChatNoise(readWith);
  const hits = sources.search.find(words, Math.max(offset + limit + 1, 1), sources.expand?.(words) ?? [], context, context ? (sources.expand?.(context) ?? []) : []);
  const confident = hits.length > 0 && hits[0]!.coverage >= sources.search.options.minCoverage;
  const kept = confident ? hits.filter((hit) => hit.coverage >= sources.search.options.minCoverage) : hits.slice(0, 1);
  // Excerpts are made for the page shown only: they are the costly part of an answer.
  const results = kept.slice(offset, offset + limit).map((hit) => {
    const document = sources.documents.get(hit.passage.doc)!;
    const excerpt = bestExcerpt(hit.passage.text, new Set(hit.matchedTerms), (term) => sources.search.weight(term), words);
    return { hit, excerpt, citation: citationFor(document, hit.passage, notesFor(document, excerpt.text)) };
  });
  return { query, answer: confident ? 'found' : 'none', results, total: kept.length };
}

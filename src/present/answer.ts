import type { Answer, FactKind } from '../search/index.js';
import { notice, spans, text } from './build.js';
import { feedbackButtons } from './feedback.js';
import { backArgs, pageButtons } from './paging.js';
import type { Block, Reply } from './types.js';

/** What an excerpt is, when it is not an answer: a plain label, never "nothing answers" over a passage that may. */
export const EXCERPT_LABELS = {
  possible: 'Possibly relevant — no passage matches the whole question',
  /** A lower passage of a found answer that, alone, would only be possibly relevant. */
  partial: 'Possibly relevant — matches only part of the question',
  /** Never "not a match": the cut-off that says none also catches a few passages that do answer. */
  none: 'Closest passage — it may not answer the question',
} as const;

/** What a question asked for and the best passage does not write beside its words (Answer.notWritten), in words. */
function askedFor(kinds: readonly FactKind[]): string {
  return kinds.length === 2 ? 'figure or date' : kinds[0]!;
}

/** The label of an excerpt of an answer held at "possible" because the figure or date asked for is not written: it does match the question. */
export function notWrittenLabel(kinds: readonly FactKind[]): string {
  return `Possibly relevant — may not give the ${askedFor(kinds)} asked for`;
}

function excerptBlocks(answer: Answer): Block[] {
  const possible = answer.notWritten.length > 0 ? notWrittenLabel(answer.notWritten) : EXCERPT_LABELS.possible;
  return answer.results.map((item) => ({
    type: 'excerpt',
    spans: item.excerpt.spans,
    citation: item.citation,
    ...(answer.answer === 'possible' ? { label: possible } : answer.answer === 'none' ? { label: EXCERPT_LABELS.none } : item.outcome === 'found' ? {} : { label: EXCERPT_LABELS.partial }),
  }));
}

/** How a page of an answer came about, beyond the answer itself. */
export interface AnswerPage {
  offset: number;
  maxResults: number;
  /** Excerpts a page; the page's own length by default. */
  pageSize?: number;
  /** The earlier question a follow-up was read with: said at the top, and kept by the page buttons. */
  readWith?: string;
}

/**
 * The reply for one page of an answer: the verbatim excerpts with their citations, "Back" past the
 * first page (`pageSize` excerpts a page), and "More results" while there are more, up to
 * `maxResults` in all, then 👍/👎. On "possible" every excerpt is labelled possibly relevant, and
 * paged the same way (the title carries the question; the notice does not repeat it); on "none",
 * it says so first and labels the closest passage as one that may not answer: the bot never passes
 * a weak match off as an answer.
 */
export function answerReply(answer: Answer, page: AnswerPage): Reply {
  const { offset, maxResults, pageSize = answer.results.length, readWith } = page;
  const votes = feedbackButtons(answer.query, answer, offset + 1);
  const readWithNotice = readWith ? [notice('info', `Read with your earlier question: ${readWith}`)] : [];
  const questionArgs = { question: answer.query, ...(readWith ? { with: readWith } : {}) };
  if (answer.answer === 'none') {
    const unknown = answer.results[0]?.hit.unknownWords ?? [];
    const blocks: Block[] = [
      ...readWithNotice,
      notice('info', `Nothing in the papers answers “${answer.query}” well.`),
      ...(unknown.length > 0 ? [text(`No paper uses: ${unknown.join(', ')}.`)] : []),
      ...excerptBlocks(answer),
      text('Try other words, an acronym the papers use, or /sources to see what the corpus covers.'),
    ];
    return { title: 'No good match', blocks, buttons: votes, visibility: 'ephemeral' };
  }
  if (answer.results.length === 0) return { blocks: [notice('info', `No more results for “${answer.query}”.`)], visibility: 'ephemeral' };
  const next = offset + answer.results.length;
  const more = next < Math.min(answer.total, maxResults);
  const unknown = answer.results[0]?.hit.unknownWords ?? [];
  // Held at "possible" only for want of the figure or date asked for, the passages do match the
  // question: saying none does would be untrue.
  const why =
    answer.notWritten.length > 0
      ? `These passages speak of what you ask, but may not give the ${askedFor(answer.notWritten)} asked for.`
      : 'No passage matches the whole question; these may answer part of it.';
  const possibly = answer.answer === 'possible' ? [notice('info', why), ...(unknown.length > 0 ? [text(`No paper uses: ${unknown.join(', ')}.`)] : [])] : [];
  return {
    title: `${answer.answer === 'possible' ? 'Possibly relevant' : 'From the papers'}: ${answer.query}`,
    blocks: [...readWithNotice, ...possibly, ...excerptBlocks(answer)],
    buttons: [
      ...pageButtons('ask', backArgs(questionArgs, offset, pageSize), more ? { id: 'more', label: 'More results', command: 'ask', args: { ...questionArgs, offset: next } } : null),
      ...votes,
    ],
    visibility: 'ephemeral',
    shareable: true,
    paged: true,
  };
}

/** Not one passage shares a word with the question. */
export function noMatchReply(question: string): Reply {
  return {
    blocks: [notice('info', `Nothing in the papers matches “${question}”.`), spans('Type /help for examples.')],
    buttons: feedbackButtons(question, null, 1),
    visibility: 'ephemeral',
  };
}

import type { Command } from '../src/dispatch/types.js';
import { usageWithExamples } from '../src/dispatch/usage.js';
import { notice, spans, text, usageReply } from '../src/present/build.js';
import type { Block, Reply } from '../src/present/types.js';
import { ask, MAX_QUESTION_LENGTH, type Answer } from '../src/search/index.js';

const DEFAULT_RESULTS = 3;
const MAX_RESULTS = 10;

function excerptBlocks(answer: Answer): Block[] {
  return answer.results.map((item) => ({
    type: 'excerpt',
    spans: item.excerpt.spans,
    citation: item.citation,
    ...(answer.answer === 'none' ? { label: 'Closest passage (not a match)' } : {}),
  }));
}

/** The reply for one page of an answer, with "More results" while there are more. */
function answerReply(answer: Answer, offset: number): Reply {
  if (answer.answer === 'none') {
    const unknown = answer.results[0]?.hit.unknownTerms ?? [];
    const blocks: Block[] = [
      notice('info', `Nothing in the papers answers “${answer.query}” well.`),
      ...(unknown.length > 0 ? [text(`No paper uses: ${unknown.join(', ')}.`)] : []),
      ...excerptBlocks(answer),
      text('Try other words, an acronym the papers use, or /sources to see what the corpus covers.'),
    ];
    return { title: 'No good match', blocks, visibility: 'ephemeral' };
  }
  if (answer.results.length === 0) return { blocks: [notice('info', `No more results for “${answer.query}”.`)], visibility: 'ephemeral' };
  const next = offset + answer.results.length;
  const more = next < Math.min(answer.total, MAX_RESULTS);
  return {
    title: `From the papers: ${answer.query}`,
    blocks: excerptBlocks(answer),
    buttons: more ? [{ id: 'more', label: 'More results', command: 'ask', args: { question: answer.query, offset: next } }] : [],
    visibility: 'ephemeral',
    shareable: true,
  };
}

const askCommand = {
  name: 'ask',
  description: 'Answer a question with verbatim, cited excerpts from the papers',
  options: [
    { name: 'question', description: 'Your question, in plain words', type: 'string', required: true, rest: true },
    { name: 'offset', description: 'Results to skip (the "More results" button)', type: 'integer', min: 0, max: MAX_RESULTS, hidden: true },
    // Chat shows a few and a "More results" button; the CLI's --limit asks for more at once.
    { name: 'limit', description: 'How many excerpts', type: 'integer', min: 1, max: MAX_RESULTS, default: DEFAULT_RESULTS, hidden: true },
  ],
  examples: ['/ask what is JUCIP', '/ask who blocked the Nippon Steel deal'],
  run(options, context): Reply {
    const question = String(options.question ?? '');
    if (question.length > MAX_QUESTION_LENGTH) {
      return usageReply(
        `That question is ${question.length} characters long; /ask takes at most ${MAX_QUESTION_LENGTH}. Ask about one thing at a time.`,
        usageWithExamples(askCommand),
      );
    }
    const offset = typeof options.offset === 'number' ? options.offset : 0;
    const limit = typeof options.limit === 'number' ? options.limit : DEFAULT_RESULTS;
    const answer = ask(context.knowledge, question, limit, offset);
    if (answer.results.length === 0) {
      return {
        blocks: [notice('info', `Nothing in the papers matches “${question}”.`), spans('Type /help for examples.')],
        visibility: 'ephemeral',
      };
    }
    return answerReply(answer, offset);
  },
} satisfies Command;

export default askCommand;

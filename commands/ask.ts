import type { Command, CommandContext } from '../src/dispatch/types.js';
import { usageWithExamples } from '../src/dispatch/usage.js';
import { answerReply, noMatchReply } from '../src/present/answer.js';
import { usageReply } from '../src/present/build.js';
import type { Reply } from '../src/present/types.js';
import { ask, isFollowUp, MAX_QUESTION_LENGTH } from '../src/search/index.js';

const DEFAULT_RESULTS = 3;
const MAX_RESULTS = 10;

const askCommand = {
  name: 'ask',
  description: 'Answer a question with verbatim, cited excerpts from the papers',
  options: [
    { name: 'question', description: 'Your question, in plain words', type: 'string', required: true, rest: true },
    { name: 'offset', description: 'Results to skip (the "More results" button)', type: 'integer', min: 0, max: MAX_RESULTS, hidden: true },
    // Chat shows a few and a "More results" button; the CLI's --limit asks for more at once.
    { name: 'limit', description: 'How many excerpts', type: 'integer', min: 1, max: MAX_RESULTS, default: DEFAULT_RESULTS, hidden: true },
    // A follow-up's page buttons carry the question it was read with, so page 2 is read the same way.
    { name: 'with', description: 'An earlier question to read this one with', type: 'string', maxLength: MAX_QUESTION_LENGTH, hidden: true },
  ],
  examples: ['/ask what is JUCIP', '/ask who blocked the Nippon Steel deal'],
  async run(options, context): Promise<Reply> {
    const question = String(options.question ?? '');
    if (question.length > MAX_QUESTION_LENGTH) {
      return usageReply(
        `That question is ${question.length} characters long; /ask takes at most ${MAX_QUESTION_LENGTH}. Ask about one thing at a time.`,
        usageWithExamples(askCommand),
      );
    }
    const offset = typeof options.offset === 'number' ? options.offset : 0;
    const limit = typeof options.limit === 'number' ? options.limit : DEFAULT_RESULTS;
    const readWith = typeof options.with === 'string' ? options.with : await followUpOf(question, context);
    const answer = ask(context.knowledge, question, limit, offset, readWith ?? '');
    if (answer.results.length === 0) return noMatchReply(question);
    // The page size is the limit: "Back" from offset 6 with 3 a page goes to 3.
    return answerReply(answer, { offset, maxResults: MAX_RESULTS, pageSize: limit, ...(readWith ? { readWith } : {}) });
  },
} satisfies Command;

/**
 * In a thread or DM, the earlier question a follow-up leans on ("when was it launched" after "what
 * is JUCIP"); null for a question with a topic of its own, which becomes the one a later
 * follow-up is read with.
 */
async function followUpOf(question: string, context: CommandContext): Promise<string | null> {
  const conversation = context.conversation;
  if (!conversation) return null;
  const earlier = await conversation.earlier();
  if (earlier !== null && isFollowUp(question)) return earlier;
  await conversation.remember(question);
  return null;
}

export default askCommand;

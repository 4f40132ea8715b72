import type { Command } from '../src/dispatch/types.js';
import { usageWithExamples } from '../src/dispatch/usage.js';
import { answerReply, noMatchReply } from '../src/present/answer.js';
import { usageReply } from '../src/present/build.js';
import type { Reply } from '../src/present/types.js';
import { ask, MAX_QUESTION_LENGTH } from '../src/search/index.js';

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
    if (answer.results.length === 0) return noMatchReply(question);
    // The page size is the limit: "Back" from offset 6 with 3 a page goes to 3.
    return answerReply(answer, offset, MAX_RESULTS, limit);
  },
} satisfies Command;

export default askCommand;

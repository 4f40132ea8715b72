import { createInterface } from 'node:readline';
import { sanitizeInput } from '../../dispatch/parse-text.js';
import { ask, MAX_QUESTION_LENGTH } from '../../search/index.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { renderReply } from '../terminal/render.js';
import { terminalRequester } from '../terminal/user.js';
import { answerJson } from './ask-json.js';
import type { CliIo, CliKnowledge } from './io.js';

export interface AskArgs {
  question: string | undefined;
  limit: number;
  json: boolean;
  stdin: boolean;
}

function jsonLine(knowledge: Knowledge, question: string, limit: number): string {
  const clean = sanitizeInput(question);
  if (clean === '') return JSON.stringify({ query: '', answer: 'none', confidence: 0, results: [], error: 'empty question' });
  if (clean.length > MAX_QUESTION_LENGTH) {
    return JSON.stringify({ query: clean, answer: 'none', confidence: 0, results: [], error: `question longer than ${MAX_QUESTION_LENGTH} characters` });
  }
  return JSON.stringify(answerJson(ask(knowledge, clean, limit)));
}

/** `briefbot ask "<question>" [--limit N] [--json]` and `briefbot ask --json --stdin`; the exit code. */
export async function askCli(args: AskArgs, { knowledge, dispatcher }: CliKnowledge, io: CliIo): Promise<number> {
  if (args.stdin) {
    // One question per line in, one JSON object per line out, in order.
    for await (const line of createInterface({ input: io.stdin, terminal: false })) {
      if (line.trim() !== '') io.out(jsonLine(knowledge, line, args.limit));
    }
    return 0;
  }
  const question = args.question ?? '';
  if (args.json) {
    io.out(jsonLine(knowledge, question, args.limit));
    return 0;
  }
  const result = await dispatcher.handle({ ...terminalRequester('cli'), name: 'ask', input: { kind: 'values', values: { question: sanitizeInput(question), limit: args.limit } } });
  io.out(renderReply(result.reply, { color: io.color }, result.buttons));
  return result.errorId ? 1 : 0;
}

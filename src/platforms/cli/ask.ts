import { createInterface } from 'node:readline';
import { sanitizeInput } from '../../dispatch/parse-text.js';
import { runCommand } from '../../dispatch/run.js';
import type { CommandContext } from '../../dispatch/types.js';
import { renderReply } from '../terminal/render.js';
import { ask, MAX_QUESTION_LENGTH } from '../../search/index.js';
import { answerJson } from './ask-json.js';
import { UsageError } from './usage-error.js';

export interface AskArgs {
  question: string | undefined;
  limit: number;
  json: boolean;
  stdin: boolean;
  color: boolean;
}

function jsonLine(context: CommandContext, question: string, limit: number): string {
  const clean = sanitizeInput(question);
  if (clean === '') return JSON.stringify({ query: '', answer: 'none', results: [], error: 'empty question' });
  if (clean.length > MAX_QUESTION_LENGTH) {
    return JSON.stringify({ query: clean, answer: 'none', results: [], error: `question longer than ${MAX_QUESTION_LENGTH} characters` });
  }
  return JSON.stringify(answerJson(ask(context.knowledge, clean, limit)));
}

/** `briefbot ask "<question>" [--limit N] [--json]` and `briefbot ask --json --stdin`. */
export async function askCli(args: AskArgs, context: CommandContext, write: (line: string) => void): Promise<void> {
  if (args.stdin) {
    if (!args.json) throw new UsageError('--stdin writes one JSON object per line: add --json');
    // One question per line in, one JSON object per line out, in order.
    for await (const line of createInterface({ input: process.stdin, terminal: false })) {
      if (line.trim() !== '') write(jsonLine(context, line, args.limit));
    }
    return;
  }
  if (args.question === undefined || args.question.trim() === '') throw new UsageError('ask needs a question, e.g. briefbot ask "what is JUCIP"');
  if (args.json) return write(jsonLine(context, args.question, args.limit));
  const command = context.commands.find((c) => c.name === 'ask')!;
  const reply = await runCommand(command, { question: sanitizeInput(args.question) }, context);
  write(renderReply(reply, { color: args.color }));
}

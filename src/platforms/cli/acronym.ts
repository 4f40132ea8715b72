import { acronymJson, acronymsJson } from '../../glossary/index.js';
import { renderReply } from '../terminal/render.js';
import { terminalRequester } from '../terminal/user.js';
import type { CliIo, CliKnowledge } from './io.js';

export interface AcronymArgs {
  command: 'acronym' | 'acronyms';
  /** Sanitized; empty for `acronyms`. */
  term: string;
  json: boolean;
}

/** `briefbot acronym <term> [--json]` and `briefbot acronyms [--json]`; the exit code. */
export async function acronymCli(args: AcronymArgs, { knowledge, dispatcher }: CliKnowledge, io: CliIo): Promise<number> {
  if (args.json) {
    io.out(JSON.stringify(args.command === 'acronyms' ? acronymsJson(knowledge.glossary) : acronymJson(knowledge.glossary, args.term)));
    return 0;
  }
  const values = args.term === '' ? {} : { term: args.term };
  const result = await dispatcher.handle({ ...terminalRequester('cli'), name: 'acronym', input: { kind: 'values', values } });
  io.out(renderReply(result.reply, { color: io.color }, result.buttons));
  return result.errorId ? 1 : 0;
}

import { sanitizeInput } from '../../dispatch/parse-text.js';
import { runCommand } from '../../dispatch/run.js';
import type { CommandContext } from '../../dispatch/types.js';
import { acronymJson, acronymsJson } from '../../glossary/index.js';
import { renderReply } from '../terminal/render.js';
import { UsageError } from './usage-error.js';

export interface AcronymArgs {
  command: 'acronym' | 'acronyms';
  term: string;
  json: boolean;
  color: boolean;
}

/** `briefbot acronym <term> [--json]` and `briefbot acronyms [--json]`. */
export async function acronymCli(args: AcronymArgs, context: CommandContext, write: (line: string) => void): Promise<void> {
  const term = sanitizeInput(args.term);
  const { glossary } = context.knowledge;
  if (args.command === 'acronyms') {
    if (term !== '') throw new UsageError('acronyms lists the whole glossary and takes no term: use acronym <term>');
    if (args.json) return write(JSON.stringify(acronymsJson(glossary)));
  } else {
    if (term === '') throw new UsageError('acronym needs a term, e.g. briefbot acronym JUCIP');
    if (args.json) return write(JSON.stringify(acronymJson(glossary, term)));
  }
  const command = context.commands.find((c) => c.name === 'acronym')!;
  write(renderReply(await runCommand(command, term === '' ? {} : { term }, context), { color: args.color }));
}

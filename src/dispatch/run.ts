import { errorReply, usageReply } from '../present/build.js';
import type { Reply } from '../present/types.js';
import { editDistance } from '../shared/text/edit-distance.js';
import { parseCommandText } from './parse-text.js';
import type { Command, CommandContext, OptionValues } from './types.js';
import { usageWithExamples } from './usage.js';

/** Run a command with already-parsed options: required options checked, usage hint on a miss. */
export async function runCommand(command: Command, options: OptionValues, context: CommandContext): Promise<Reply> {
  const missing = command.options.find((option) => option.required && options[option.name] === undefined);
  if (missing) return usageReply(`/${command.name} needs ${missing.description.toLowerCase()}.`, usageWithExamples(command));
  return command.run(options, context);
}

/** A typed line such as "/ask what is JUCIP" → the command's reply. */
export async function runTextCommand(line: string, context: CommandContext): Promise<Reply> {
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(line.trim());
  if (!match) return errorReply('Commands start with a slash, e.g. /ask what is JUCIP. Type /help for the list.');
  const name = match[1]!.toLowerCase();
  const command = context.commands.find((c) => c.name === name);
  if (!command) {
    const closest = context.commands
      .map((c) => ({ name: c.name, d: editDistance(name, c.name) }))
      .filter((c) => c.d <= 2)
      .sort((a, b) => a.d - b.d)[0];
    const hint = closest ? ` Did you mean /${closest.name}?` : '';
    return errorReply(`There is no /${name} command.${hint} Type /help for the list.`);
  }
  const parsed = parseCommandText(command, match[2] ?? '');
  if (!parsed.ok) return usageReply(`/${command.name}: ${parsed.message}.`, usageWithExamples(command));
  return runCommand(command, parsed.options, context);
}

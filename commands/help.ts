import type { Command } from '../src/dispatch/types.js';
import { usageLine } from '../src/dispatch/usage.js';
import { helpReply } from '../src/present/help.js';

/** Generated from the registry: a command added to commands/index.ts shows up here by itself. */
const helpCommand = {
  name: 'help',
  description: 'Show what the bot can do',
  options: [],
  examples: ['/help'],
  run: (_options, context) =>
    helpReply(context.commands.map((command) => ({ usage: usageLine(command), description: command.description, examples: command.examples }))),
} satisfies Command;

export default helpCommand;

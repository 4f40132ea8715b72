import type { Command } from '../src/dispatch/types.js';
import { usageLine } from '../src/dispatch/usage.js';
import { text } from '../src/present/build.js';
import type { TextRun } from '../src/present/types.js';

/** Generated from the registry: a command added to commands/index.ts shows up here by itself. */
const helpCommand = {
  name: 'help',
  description: 'Show what the bot can do',
  options: [],
  examples: ['/help'],
  run(_options, context) {
    const items = context.commands.map((command): TextRun[] => [
      { text: usageLine(command), marked: true },
      { text: ` — ${command.description}. e.g. ${command.examples.join(', ')}` },
    ]);
    return {
      title: 'briefbot: cited answers from US–Japan economic security papers',
      blocks: [
        text('Every answer is a verbatim excerpt from the papers with its citation; the bot never writes an answer of its own.'),
        { type: 'list', items },
      ],
      visibility: 'ephemeral',
    };
  },
} satisfies Command;

export default helpCommand;

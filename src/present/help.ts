import { text } from './build.js';
import type { Reply, TextRun } from './types.js';

/** One command as /help lists it; the lines come from the command definitions. */
export interface HelpLine {
  usage: string;
  description: string;
  examples: readonly string[];
}

export function helpReply(lines: readonly HelpLine[]): Reply {
  const items = lines.map((line): TextRun[] => [
    { text: line.usage, marked: true },
    { text: ` — ${line.description}. e.g. ${line.examples.join(', ')}` },
  ]);
  return {
    title: 'briefbot: cited answers from US–Japan economic security papers',
    blocks: [text('Every answer is a verbatim excerpt from the papers with its citation; the bot never writes an answer of its own.'), { type: 'list', items }],
    visibility: 'ephemeral',
  };
}

import { MENTIONS } from '../shared/text/chat-noise.js';
import type { CommandNames } from './command-names.js';
import type { Command } from './types.js';

/**
 * The words of a message addressed to the bot, without the mentions (chat-noise.ts): they say who
 * is spoken to, not what is asked, so they never reach a command as words.
 */
export function withoutMentions(text: string): string {
  return MENTIONS.reduce((rest, pattern) => rest.replace(pattern, ' '), text)
    .replace(/\s+/g, ' ')
    .trim();
}

export interface MessageCommand {
  /** The command's name without the slash. */
  name: string;
  /** What follows the command's name, as if typed after it. */
  text: string;
}

/**
 * A message written to the bot (a mention, a direct message) → the command it asks for. It may
 * start with a command's name, with or without the slash and the prefix ("acronym JUCIP", "/upcoming 30");
 * anything else is a question for /ask. Null when nothing is left once the mentions are gone.
 */
export function commandFromMessage(text: string, commands: readonly Pick<Command, 'name'>[], names?: Pick<CommandNames, 'own'>): MessageCommand | null {
  const words = withoutMentions(text);
  if (words === '') return null;
  const match = /^\/?(\S+)(?:\s+([\s\S]*))?$/.exec(words);
  // "brief-acronym JUCIP" as well as "acronym JUCIP", when the commands carry a prefix.
  const typed = match?.[1]?.toLowerCase();
  const first = typed === undefined ? undefined : (names?.own(typed) ?? typed);
  const named = commands.find((command) => command.name === first);
  if (named) return { name: named.name, text: match?.[2]?.trim() ?? '' };
  return { name: 'ask', text: words.replace(/^\//, '') };
}

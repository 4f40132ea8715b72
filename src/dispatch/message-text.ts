import type { CommandNames } from './command-names.js';
import type { Command } from './types.js';

/**
 * Mentions and channel links in a chat message, in Slack's and Discord's wire forms: the bot's own
 * mention that addressed the message, other people, channels, roles, @channel/@here/@everyone.
 * They say who is spoken to, not what is asked, so they never reach a command as words.
 */
const MENTIONS = [
  /<[@#!][^>\s]*>/g, // Slack <@U123>, <@U123|ann>, <#C123|general>, <!here>, <!subteam^S1>; Discord <@123>, <@!123>, <#123>
  /<@&\d+>/g, // Discord role
  /(^|\s)@(?:everyone|here|channel)\b/gi, // typed out, as Discord passes them
];

/** The words of a message addressed to the bot, without the mentions. */
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

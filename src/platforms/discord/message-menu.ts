import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import { withoutMentions } from '../../dispatch/message-text.js';
import type { Command } from '../../dispatch/types.js';
import { MAX_QUESTION_LENGTH } from '../../search/index.js';
import { truncateWords } from './limits.js';

/**
 * A message context-menu command (right-click a message → Apps): the name Discord shows, and the
 * slash command it stands for, whose `option` the message's text fills.
 */
export interface MessageMenuEntry {
  /** As Discord shows it under Apps: 1–32 characters, spaces and capitals allowed. */
  name: string;
  command: string;
  option: string;
  /** The most of the message's text taken: a message can be far longer than a question. */
  maxChars: number;
}

/** The one declaration both the registration and the interaction listener read. */
export const MESSAGE_MENU: readonly MessageMenuEntry[] = [{ name: 'Ask briefbot', command: 'ask', option: 'question', maxChars: MAX_QUESTION_LENGTH }];

export type MessageMenuData = RESTPostAPIContextMenuApplicationCommandsJSONBody;

/**
 * The registration bodies of the entries whose command and option exist in the registry, so the
 * menu follows the command definitions (docs/ARCHITECTURE.md). A message command has no
 * description or options: Discord refuses them.
 */
export function messageMenuData(commands: readonly Command[], entries: readonly MessageMenuEntry[] = MESSAGE_MENU): MessageMenuData[] {
  return entries
    .filter((entry) => commands.some((command) => command.name === entry.command && command.options.some((option) => option.name === entry.option)))
    .map((entry) => ({ type: ApplicationCommandType.Message, name: entry.name }));
}

/**
 * The words of the message the menu was used on: mentions removed (they say who was spoken to, and
 * would search as noise), within the entry's length. Empty when the message has no text: only an
 * image, an embed or an attachment.
 */
export function menuText(content: string, entry: MessageMenuEntry): string {
  return truncateWords(withoutMentions(content), entry.maxChars);
}

/** Said privately when the message has no text to use, pointing at the slash command instead. */
export function noTextHint(entry: MessageMenuEntry, commands: readonly Command[]): string {
  const example = commands.find((command) => command.name === entry.command)?.examples[0];
  return `“${entry.name}” uses a message’s text, and this message has none it can read (only an image, an embed or an attachment). Type /${entry.command} with your question instead${example ? `, e.g. ${example}` : ''}.`;
}

import { PermissionFlagsBits, type Message } from 'discord.js';
import type { CommandRequest } from '../../dispatch/dispatcher.js';
import { commandFromMessage, withoutMentions } from '../../dispatch/message-text.js';
import type { PinoLogger } from '../../shared/log.js';
import type { PlatformDeps } from '../common/platform.js';
import type { ButtonIds } from './button-ids.js';
import { plainLine } from './escape.js';
import { LIMITS, truncate } from './limits.js';
import { publicMessage } from './message.js';
import { postAnswer } from './post-answer.js';

export interface MessageOptions {
  deps: PlatformDeps;
  ids: ButtonIds;
  log: PinoLogger;
}

/**
 * Is this message written to the bot by a person? A DM, or a server message that mentions the bot
 * by name (not @everyone, not a role). Nothing a bot, a webhook or Discord itself wrote is ever
 * answered: two bots answering each other would never stop.
 */
function addressedByPerson(message: Message, botId: string): boolean {
  if (message.author.bot || message.author.system || message.webhookId || message.system) return false;
  return !message.inGuild() || message.mentions.users.has(botId);
}

/** The thread's name: the words asked, on one line, within Discord's 100 characters. */
export function threadName(content: string): string {
  return truncate(plainLine(withoutMentions(content)), LIMITS.threadName) || 'briefbot';
}

function request(message: Message, o: MessageOptions): CommandRequest {
  const user = { id: message.author.id, name: message.member?.displayName ?? message.author.globalName ?? message.author.username };
  // Only mentions are removed; a message of nothing but mentions gets the list of commands.
  const command = commandFromMessage(message.content, o.deps.dispatcher.commands, o.deps.dispatcher.names) ?? { name: 'help', text: '' };
  return {
    platform: 'discord',
    name: command.name,
    input: { kind: 'text', text: command.text },
    user,
    // The channel it was written in: "digest subscribe" in a mention subscribes that channel.
    channelId: message.channelId,
    // Manage Server in this guild, as for slash commands; in a DM only BRIEFBOT_ADMINS count.
    isAdmin: async () => o.deps.admins.has(user.id) || (message.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false),
    adminRule: 'members with the Manage Server permission',
    // Where the answer goes: a thread started on a server message has that message's id; else the thread or DM it was written in.
    conversationId: message.inGuild() && !message.channel.isThread() ? message.id : message.channelId,
  };
}

/**
 * The client's messageCreate listener: a mention in a server, or a DM, runs through the same
 * dispatcher as a slash command (rate limit, usage hints, apology with an error id) and is answered
 * publicly — the asker chose a public place. Only new messages: an edit is not a new question.
 * It never throws.
 */
export function messageListener(o: MessageOptions): (message: Message) => Promise<void> {
  return async (message) => {
    const botId = message.client.user.id;
    if (!addressedByPerson(message, botId)) return;
    try {
      // Started before any await, so the request is taken in the order the messages arrived.
      const handled = o.deps.dispatcher.handle(request(message, o));
      const answer = publicMessage(await handled, o.ids);
      await postAnswer(message, answer, threadName(message.content), o.log);
    } catch (error) {
      o.log.error({ err: error, message: message.id, channel: message.channelId }, 'discord: could not answer a message');
    }
  };
}

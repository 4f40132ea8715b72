import { BOT_ID } from './discord-rest.js';
import { CHANNEL_ID, GUILD_ID } from './discord-gateway.js';

/** The DM channel between the test user and the bot. */
export const DM_CHANNEL_ID = '950000000000000002';

export interface Author {
  id?: string;
  name?: string;
  bot?: boolean;
}

export interface MessageOptions {
  author?: Author;
  /** Where: the test server's channel by default, a thread of it, or the DM with the bot. */
  channel?: { id: string; type: 0 | 11 } | 'dm';
  /** Set when a webhook posted it. */
  webhookId?: string;
  /** Discord's message type: 0 an ordinary message, 19 a reply, 7 a member joining (a system message). */
  type?: number;
}

export type MessagePayload = Record<string, unknown> & { id: string; channel_id: string };

let counter = 0;

const botUser = { id: BOT_ID, username: 'briefbot', discriminator: '0', avatar: null, global_name: null, bot: true };

/** A user as Discord writes one in a message: each test user gets an id of their own unless given one. */
function userOf(author: Author): Record<string, unknown> {
  counter += 1;
  const id = author.id ?? String(943000000000000000n + BigInt(counter));
  return { id, username: (author.name ?? 'ayumi').toLowerCase(), global_name: author.name ?? 'Ayumi', discriminator: '0', avatar: null, ...(author.bot ? { bot: true } : {}) };
}

/**
 * A MESSAGE_CREATE as Discord sends it to a bot without the Message Content intent
 * (docs/chat-protocols.md): the text only when the bot is mentioned (then also in `mentions`) or in
 * a DM; `channel_type` so discord.js can make the DM channel it has never seen (Partials.Channel).
 */
export function messageCreate(content: string, options: MessageOptions = {}): MessagePayload {
  counter += 1;
  const author = userOf(options.author ?? {});
  const mentionsBot = content.includes(`<@${BOT_ID}>`) || content.includes(`<@!${BOT_ID}>`);
  const dm = options.channel === 'dm';
  const channel = options.channel === 'dm' ? { id: DM_CHANNEL_ID, type: 1 } : (options.channel ?? { id: CHANNEL_ID, type: 0 });
  const where = dm
    ? {}
    : { guild_id: GUILD_ID, member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, nick: null } };
  return {
    id: String(990000000000000000n + BigInt(counter)), channel_id: channel.id, channel_type: channel.type, ...where, author,
    content: dm || mentionsBot ? content : '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
    mention_everyone: false, mentions: mentionsBot ? [{ ...botUser, ...(dm ? {} : { member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } }) }] : [],
    mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, type: options.type ?? 0, flags: 0,
    ...(options.webhookId ? { webhook_id: options.webhookId } : {}),
  };
}

/** "@briefbot <text>" in a server channel (or thread), as Discord writes a mention. */
export function mention(text: string, options: MessageOptions = {}): MessagePayload {
  return messageCreate(`<@${BOT_ID}> ${text}`, options);
}

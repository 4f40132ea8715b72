/**
 * Which Slack message events are written to the bot by a person, and what they say. Everything
 * else is dropped here, before any work is queued: the bot's own posts (a reply to itself would
 * loop), other bots and apps (two bots answering each other would loop too), edits, deletions,
 * joins and every other subtype, and messages in channels when only DMs are meant.
 */

/** A message a person addressed to the bot: where it was written, by whom, and the words. */
export interface AddressedMessage {
  user: string;
  channel: string;
  /** The message's text as a person would read it: links as their label, entities decoded. */
  text: string;
  /** The thread to answer in; absent for a top-level direct message (answered in the DM itself). */
  threadTs?: string;
}

export type Addressed = { ok: true; message: AddressedMessage } | { ok: false; reason: string };

const ignore = (reason: string): Addressed => ({ ok: false, reason });

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * Slack's message text is its own markup (docs.slack.dev, "Formatting text"): links arrive as
 * <https://x|label> and &, <, > as entities. A question is searched as the person wrote it.
 * Mentions (<@U…>, <#C…>, <!here>) stay for commandFromMessage to remove.
 */
export function readableText(raw: string): string {
  return raw
    .replace(/<((?:https?|mailto):[^>|]*)(?:\|([^>]*))?>/g, (_whole, url: string, label: string | undefined) => label ?? url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * `app_mention` (in a channel) or `message` (a DM, channel_type "im") → the message, or why it is
 * ignored. A mention is answered in its thread: the thread it was written in, or a new one under
 * it. A DM is answered in the DM, in the thread when it was written in one.
 */
export function addressedMessage(event: Record<string, unknown>, botUserId: string): Addressed {
  if (event.type !== 'app_mention' && event.type !== 'message') return ignore(`an event of type ${String(event.type)}`);
  if (event.type === 'message' && event.channel_type !== 'im') return ignore('a message outside a direct message');
  if (event.subtype !== undefined) return ignore(`a message with subtype ${String(event.subtype)}`);
  if (event.bot_id !== undefined || event.bot_profile !== undefined) return ignore('a message from a bot');
  if (event.edited !== undefined) return ignore('an edited message');
  const { user, channel, ts, thread_ts: threadTs } = event;
  if (!text(user)) return ignore('a message without a user');
  if (user === botUserId) return ignore('the bot’s own message');
  if (!text(channel) || !text(ts)) return ignore('a message without a channel or ts');
  if (threadTs !== undefined && !text(threadTs)) return ignore('a message with a malformed thread_ts');
  const words = readableText(typeof event.text === 'string' ? event.text : '');
  const thread = event.type === 'app_mention' ? (threadTs ?? ts) : threadTs;
  return { ok: true, message: { user, channel, text: words, ...(thread === undefined ? {} : { threadTs: thread }) } };
}

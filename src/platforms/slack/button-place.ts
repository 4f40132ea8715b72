import type { BlockButtonAction } from '@slack/bolt';
import { isDirectMessage, type ConversationTarget } from './conversation.js';

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * Where a pressed button's answer belongs when the button is on a message the bot posted in a
 * conversation: the thread the message is in, or the DM. Slack says so in the payload itself —
 * `container` (channel_id, is_ephemeral, thread_ts) and `message` (thread_ts) — so the button's
 * value needs to carry nothing more. Null for a private answer (ephemeral: its response_url is
 * the way back) and for a top-level channel message such as the digest, whose buttons answer the
 * presser alone, even once people have replied under it.
 */
export function conversationOfButton(body: Pick<BlockButtonAction, 'container' | 'message' | 'channel'>): ConversationTarget | null {
  const container = body.container as Record<string, unknown> | undefined;
  if (!container || container.type !== 'message' || container.is_ephemeral === true) return null;
  const channel = container.channel_id ?? body.channel?.id;
  if (!text(channel)) return null;
  const threadTs = body.message?.thread_ts ?? container.thread_ts;
  const ts = body.message?.ts ?? container.message_ts;
  // A message that starts a thread carries its own ts as thread_ts: it is not a reply in one.
  if (text(threadTs) && threadTs !== ts) return { channel, threadTs };
  return isDirectMessage(channel) ? { channel } : null;
}

/** The button is on a private answer: its response_url can replace it (replace_original). */
export function onEphemeral(body: Pick<BlockButtonAction, 'container'>): boolean {
  return (body.container as Record<string, unknown> | undefined)?.is_ephemeral === true;
}

/** A message the bot posted, that chat.update can change: where it is and its ts. */
export interface PostedPlace {
  channel: string;
  ts: string;
}

/**
 * The message a button was pressed on, when it is one the bot posted in a conversation (see
 * conversationOfButton): chat.update needs its channel and ts, which the payload carries.
 */
export function postedMessageOfButton(body: Pick<BlockButtonAction, 'container' | 'message' | 'channel'>): PostedPlace | null {
  if (!conversationOfButton(body)) return null;
  const container = body.container as Record<string, unknown>;
  const channel = container.channel_id ?? body.channel?.id;
  const ts = body.message?.ts ?? container.message_ts;
  return text(channel) && text(ts) ? { channel, ts } : null;
}

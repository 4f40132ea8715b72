import type { webApi } from '@slack/bolt';
import type { CommandResult } from '../../dispatch/dispatcher.js';
import type { PinoLogger } from '../../shared/log.js';
import { renderMessage } from './render.js';

/** A place in a conversation: a channel or DM, and the thread in it when there is one. */
export interface ConversationTarget {
  channel: string;
  threadTs?: string;
}

/** Slack's error code from a failed Web API call, for the log. */
export function slackError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * Post a command's result where it was asked (a mention's thread, a DM) with chat.postMessage,
 * for everyone there to see: the asker chose a public place. Rendered as every reply is
 * (render.ts escapes all of it, so nothing posted pings anyone), without "Share in channel",
 * which has nothing left to do, and with More kept. Links are not unfurled, as in the digest.
 * What is not an answer (a slow-down, an apology, a usage hint, a vote's thank-you) is the asker's
 * alone: in a channel's thread it goes to them with chat.postEphemeral, so the thread stays the
 * team's conversation. A refusal (not in the channel, a missing scope, an archived channel) is
 * logged, never thrown: there is no one to tell but the log, since the place to tell them is the
 * one that refused.
 */
export async function postInConversation(
  client: webApi.WebClient,
  target: ConversationTarget,
  result: CommandResult,
  logger: PinoLogger,
  fields: Record<string, unknown> & { user: string },
): Promise<void> {
  const buttons = result.buttons.filter((button) => button.action.share !== true);
  const message = renderMessage(result.reply, buttons);
  const thread = target.threadTs === undefined ? {} : { thread_ts: target.threadTs };
  const toAskerAlone = result.reply.personal === true && !isDirectMessage(target.channel);
  try {
    if (toAskerAlone) await client.chat.postEphemeral({ channel: target.channel, user: fields.user, ...thread, ...message });
    else await client.chat.postMessage({ channel: target.channel, ...thread, ...message, unfurl_links: false, unfurl_media: false });
  } catch (error) {
    logger.error({ ...fields, channel: target.channel, thread: target.threadTs, slackError: slackError(error), err: error }, 'could not post the reply in the conversation');
  }
}

/** Slack's direct-message conversation ids start with D: everything there is the asker's alone already. */
export function isDirectMessage(channel: string): boolean {
  return channel.startsWith('D');
}

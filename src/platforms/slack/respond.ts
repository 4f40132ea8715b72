import type { RespondArguments, RespondFn } from '@slack/bolt';
import type { PinoLogger } from '../../shared/log.js';
import type { Reply } from '../../present/types.js';
import type { ActionButton } from '../../dispatch/dispatcher.js';
import { turns } from '../common/turns.js';
import { renderMessage, type RenderOptions } from './render.js';

/** Where a reply goes: to the asker alone, or (public replies and shares) to the channel. */
export function replyMessage(reply: Reply, buttons: readonly ActionButton[], options: RenderOptions = {}): RespondArguments {
  const inChannel = reply.visibility === 'public' || options.sharedBy !== undefined;
  return { response_type: inChannel ? 'in_channel' : 'ephemeral', ...renderMessage(reply, buttons, options) };
}

/**
 * Acknowledge at once and with no body: Slack shows the user an error when an ack takes more than
 * 3 seconds, and the answer goes to the response_url instead. An ack that fails (the socket just
 * closed) is logged and the answer is still sent: the response_url does not depend on it.
 */
export async function acknowledge(ack: () => Promise<void>, logger: PinoLogger, fields: Record<string, unknown>): Promise<void> {
  try {
    await ack();
  } catch (error) {
    logger.warn({ ...fields, err: error }, 'could not acknowledge the request');
  }
  // Then wait for this command's turn: requests arriving meanwhile are acknowledged first.
  await turns.next();
}

/** Post to the response_url. A failure (an expired url, Slack down) is logged, never thrown into Bolt. */
export async function send(respond: RespondFn, message: RespondArguments, logger: PinoLogger, fields: Record<string, unknown>): Promise<void> {
  try {
    await respond(message);
  } catch (error) {
    logger.error({ ...fields, err: error }, 'could not send the reply to Slack');
  }
}

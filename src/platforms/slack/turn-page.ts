import type { webApi } from '@slack/bolt';
import type { CommandResult } from '../../dispatch/dispatcher.js';
import type { PinoLogger } from '../../shared/log.js';
import type { PostedPlace } from './button-place.js';
import { slackError } from './conversation.js';
import { renderMessage } from './render.js';

/**
 * Turn the page of an answer the bot posted in a conversation (a mention's thread, a DM): the
 * message is changed in place with chat.update, so paging leaves one message. Rendered as
 * postInConversation renders (no Share: it is public already; escaped, so it pings no one).
 * Returns false when Slack refuses (the message was deleted, the bot left the channel): the
 * caller then posts the page as a new message, and the refusal is logged.
 */
export async function updateInConversation(
  client: webApi.WebClient,
  place: PostedPlace,
  result: CommandResult,
  logger: PinoLogger,
  fields: Record<string, unknown>,
): Promise<boolean> {
  const buttons = result.buttons.filter((button) => button.action.share !== true);
  try {
    await client.chat.update({ channel: place.channel, ts: place.ts, ...renderMessage(result.reply, buttons) });
    return true;
  } catch (error) {
    logger.warn({ ...fields, channel: place.channel, ts: place.ts, slackError: slackError(error), err: error }, 'could not update the answer in place; posting the page instead');
    return false;
  }
}

import type { App, BlockButtonAction } from '@slack/bolt';
import type { PinoLogger } from '../../shared/log.js';
import { notice } from '../../present/build.js';
import type { Reply } from '../../present/types.js';
import { decodeAction } from '../../dispatch/button-action.js';
import type { PlatformDeps } from '../common/platform.js';
import { SLACK_ADMIN_RULE } from './admin.js';
import { ACTION_ID } from './buttons.js';
import { conversationOfButton } from './button-place.js';
import { postInConversation } from './conversation.js';
import { acknowledge, replyMessage, send } from './respond.js';

const UNREADABLE: Reply = { blocks: [notice('info', 'That button no longer works — run the command again.')], visibility: 'ephemeral' };

/**
 * A pressed button runs the command it carries, through the same dispatcher as a typed command.
 * Its answer is a new message (replace_original false): "More results" adds the next page under
 * the first, and "Share in channel" posts a public copy saying who shared it, while the asker
 * keeps their own. A button on an answer the bot posted in a thread or a DM (a mention, a direct
 * message) posts its page there, for the same people, as the answer was.
 */
export function registerActions(app: App, deps: PlatformDeps, logger: PinoLogger, isAdmin: (userId: string) => Promise<boolean>): void {
  app.action<BlockButtonAction>(ACTION_ID, async ({ ack, body, action, respond, client }) => {
    const user = { id: body.user.id, name: body.user.name ?? body.user.username ?? body.user.id };
    const fields = { action: action.action_id, user: user.id, channel: body.channel?.id };
    await acknowledge(ack, logger, fields);
    const decoded = decodeAction(action.value ?? '');
    if (!decoded) {
      logger.warn(fields, 'a button carried an action that cannot be read');
      await send(respond, { ...replyMessage(UNREADABLE, []), replace_original: false }, logger, fields);
      return;
    }
    const result = await deps.dispatcher.handle({
      platform: 'slack',
      name: decoded.command,
      input: { kind: 'button', args: decoded.args },
      user,
      channelId: body.channel?.id ?? '',
      isAdmin: () => isAdmin(user.id),
      adminRule: SLACK_ADMIN_RULE,
    });
    const conversation = conversationOfButton(body);
    if (conversation) {
      await postInConversation(client, conversation, result, logger, { ...fields, command: decoded.command });
      return;
    }
    // Only an answer is shared: a slow-down or an apology goes to the presser alone.
    const share = decoded.share === true && result.reply.shareable === true;
    const message = share ? replyMessage(result.reply, [], { sharedBy: user.name }) : replyMessage(result.reply, result.buttons);
    await send(respond, { ...message, replace_original: false }, logger, { ...fields, command: decoded.command, share });
  });
}

import type { App, BlockButtonAction } from '@slack/bolt';
import type { PinoLogger } from '../../shared/log.js';
import { staleButtonReply } from '../../present/notices.js';
import { decodeAction } from '../../dispatch/button-action.js';
import type { PlatformDeps } from '../common/platform.js';
import { SLACK_ADMIN_RULE } from './admin.js';
import { ACTION_ID } from './buttons.js';
import { conversationOfButton, onEphemeral, postedMessageOfButton } from './button-place.js';
import { postInConversation } from './conversation.js';
import { acknowledge, replyMessage, send } from './respond.js';
import { updateInConversation } from './turn-page.js';

/**
 * A pressed button runs the command it carries, through the same dispatcher as a typed command.
 * A page of a paged answer ("More", "Back") replaces the answer it was pressed on, so paging
 * leaves one message: a private answer through its response_url (replace_original), one the bot
 * posted in a thread or a DM (a mention, a direct message) with chat.update. Anything else is a
 * new message: "Share in channel" posts a public copy saying who shared it while the asker keeps
 * their own, and a slow-down or an apology must not wipe the answer the user was reading.
 */
export function registerActions(app: App, deps: PlatformDeps, logger: PinoLogger, isAdmin: (userId: string) => Promise<boolean>): void {
  app.action<BlockButtonAction>(ACTION_ID, async ({ ack, body, action, respond, client }) => {
    const user = { id: body.user.id, name: body.user.name ?? body.user.username ?? body.user.id };
    const fields = { action: action.action_id, user: user.id, channel: body.channel?.id };
    await acknowledge(ack, logger, fields);
    const decoded = decodeAction(action.value ?? '');
    if (!decoded) {
      logger.warn(fields, 'a button carried an action that cannot be read');
      await send(respond, { ...replyMessage(staleButtonReply(), []), replace_original: false }, logger, fields);
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
    const turnsPage = decoded.share !== true && result.reply.paged === true;
    const conversation = conversationOfButton(body);
    if (conversation) {
      const posted = turnsPage ? postedMessageOfButton(body) : null;
      if (posted && (await updateInConversation(client, posted, result, logger, { ...fields, command: decoded.command }))) return;
      await postInConversation(client, conversation, result, logger, { ...fields, command: decoded.command });
      return;
    }
    // Only an answer is shared: a slow-down or an apology goes to the presser alone.
    const share = decoded.share === true && result.reply.shareable === true;
    const message = share ? replyMessage(result.reply, [], { sharedBy: user.name }) : replyMessage(result.reply, result.buttons);
    // Only a private answer is replaced: a top-level channel message (the digest) is everyone's.
    const replace = turnsPage && onEphemeral(body);
    await send(respond, { ...message, replace_original: replace }, logger, { ...fields, command: decoded.command, share, replace });
  });
}

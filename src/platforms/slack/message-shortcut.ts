import type { App, MessageShortcut } from '@slack/bolt';
import { withoutMentions } from '../../dispatch/message-text.js';
import { usageReply } from '../../present/build.js';
import { MAX_QUESTION_LENGTH } from '../../search/index.js';
import type { PinoLogger } from '../../shared/log.js';
import type { PlatformDeps } from '../common/platform.js';
import { SLACK_ADMIN_RULE } from './admin.js';
import { readableText } from './addressed-message.js';
import { acknowledge, replyMessage, send } from './respond.js';
import { ASK_SHORTCUT } from './shortcut-id.js';


const EMPTY = usageReply(
  'That message has no words to ask about (only a file, an image or mentions).',
  `“${ASK_SHORTCUT.name}” on a message with text in it, or /ask your question`,
);

/**
 * A message's text as a question: links as their labels, entities decoded, mentions dropped
 * (they say who was spoken to, not what was asked), and cut to what /ask takes, at a word when
 * one ends near the limit and never inside a surrogate pair.
 */
export function questionOfMessage(raw: string): string {
  const words = withoutMentions(readableText(raw));
  if (words.length <= MAX_QUESTION_LENGTH) return words;
  let cut = words.slice(0, MAX_QUESTION_LENGTH);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_QUESTION_LENGTH - 100 ? cut.slice(0, space) : cut).trim();
}

/**
 * "Ask briefbot about this" on any message: its text is the question for /ask, through the one
 * Dispatcher (rate limit, apology with an error id), and the answer goes to the person who used
 * the shortcut alone, as an ephemeral message through the payload's response_url — the message's
 * author and channel did not ask. The response_url works where the bot is not a member, which
 * chat.postEphemeral would refuse. Acknowledged at once: Slack's 3 seconds.
 */
export function registerMessageShortcut(app: App, deps: PlatformDeps, logger: PinoLogger, isAdmin: (userId: string) => Promise<boolean>): void {
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: ASK_SHORTCUT.callbackId }, async ({ ack, shortcut, respond }) => {
    const fields = { shortcut: shortcut.callback_id, user: shortcut.user.id, channel: shortcut.channel.id };
    await acknowledge(ack, logger, fields);
    const question = questionOfMessage(typeof shortcut.message.text === 'string' ? shortcut.message.text : '');
    if (question === '') {
      await send(respond, replyMessage(EMPTY, []), logger, fields);
      return;
    }
    const user = { id: shortcut.user.id, name: shortcut.user.name ?? shortcut.user.username ?? shortcut.user.id };
    const result = await deps.dispatcher.handle({
      platform: 'slack',
      name: 'ask',
      input: { kind: 'text', text: question },
      user,
      channelId: shortcut.channel.id,
      isAdmin: () => isAdmin(user.id),
      adminRule: SLACK_ADMIN_RULE,
    });
    // Private whatever the reply: Share stays, so the person can still choose to show the channel.
    await send(respond, { ...replyMessage({ ...result.reply, visibility: 'ephemeral' }, result.buttons), response_type: 'ephemeral' }, logger, { ...fields, command: 'ask' });
  });
}

import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { commandFromMessage } from '../../dispatch/message-text.js';
import type { PinoLogger } from '../../shared/log.js';
import type { PlatformDeps } from '../common/platform.js';
import { turns } from '../common/turns.js';
import { SLACK_ADMIN_RULE } from './admin.js';
import { addressedMessage } from './addressed-message.js';
import { postInConversation } from './conversation.js';
import { ReplayGuard } from './replay-guard.js';

type EventArgs = SlackEventMiddlewareArgs<'app_mention' | 'message'> & AllMiddlewareArgs;

/**
 * Messages written to the bot: an @-mention in a channel (`app_mention`) and a direct message
 * (`message` in an IM). Bolt acknowledges an event before any listener runs, so Slack's 3 seconds
 * are never at stake; the work then waits for its turn (common/turns.ts) like a slash command's.
 * The words become a command (message-text.ts): a leading command name, else a question for /ask;
 * a message that was only a mention gets /help. It goes through the one Dispatcher, so the rate
 * limit, usage hints and the apology with an error id are the same as for a slash command.
 */
export function registerMessages(app: App, deps: PlatformDeps, logger: PinoLogger, isAdmin: (userId: string) => Promise<boolean>, botUserId: string): void {
  // Slack sends an event again when it thinks the first delivery failed (no ack in 3 seconds, a
  // socket that dropped): the same event_id. Each is answered once.
  const seen = new ReplayGuard();
  const answer = async ({ event, body, client }: EventArgs): Promise<void> => {
    const addressed = addressedMessage(event as unknown as Record<string, unknown>, botUserId);
    if (!addressed.ok) {
      logger.debug({ event: event.type, reason: addressed.reason }, 'ignored a message event');
      return;
    }
    const { user, channel, text, threadTs } = addressed.message;
    const fields = { event: event.type, user, channel };
    if (typeof body.event_id === 'string' && !seen.firstTime(`event:${body.event_id}`, Date.now())) {
      logger.warn({ ...fields, eventId: body.event_id }, 'ignored an event delivered again');
      return;
    }
    await turns.next();
    const command = commandFromMessage(text, deps.dispatcher.commands, deps.dispatcher.names) ?? { name: 'help', text: '' };
    const result = await deps.dispatcher.handle({
      platform: 'slack',
      name: command.name,
      input: { kind: 'text', text: command.text },
      // Events carry only the user's id; a name would cost a users.info call per message.
      user: { id: user, name: user },
      channelId: channel,
      isAdmin: () => isAdmin(user),
      adminRule: SLACK_ADMIN_RULE,
      // The thread the answer goes to, or the DM itself: where a follow-up is read with the question before it.
      conversationId: threadTs === undefined ? channel : `${channel}/${threadTs}`,
    });
    await postInConversation(client, { channel, ...(threadTs === undefined ? {} : { threadTs }) }, result, logger, { ...fields, command: command.name });
  };
  app.event('app_mention', answer);
  app.event('message', answer);
}

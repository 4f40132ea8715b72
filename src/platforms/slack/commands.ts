import type { App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { PinoLogger } from '../../shared/log.js';
import type { PlatformDeps } from '../common/platform.js';
import { SLACK_ADMIN_RULE } from './admin.js';
import { acknowledge, replyMessage, send } from './respond.js';

/**
 * One listener per command in the registry (commands/index.ts), and one for any other slash
 * command the app's manifest may still declare (an older manifest, a renamed command): that one
 * gets the dispatcher's "no such command, did you mean…" instead of Slack's own timeout error.
 * The typed text goes to the dispatcher as it is: the manifest sets should_escape false, so Slack
 * sends what the user typed, not <@U…> markup.
 */
export function registerCommands(app: App, deps: PlatformDeps, logger: PinoLogger, isAdmin: (userId: string) => Promise<boolean>): void {
  const answer =
    (name?: string) =>
    async ({ ack, body, respond }: SlackCommandMiddlewareArgs): Promise<void> => {
      const command = name ?? body.command.replace(/^\//, '');
      const fields = { command, user: body.user_id, channel: body.channel_id };
      await acknowledge(ack, logger, fields);
      const result = await deps.dispatcher.handle({
        platform: 'slack',
        name: command,
        input: { kind: 'text', text: body.text ?? '' },
        user: { id: body.user_id, name: body.user_name },
        channelId: body.channel_id,
        isAdmin: () => isAdmin(body.user_id),
        adminRule: SLACK_ADMIN_RULE,
      });
      await send(respond, replyMessage(result.reply, result.buttons), logger, fields);
    };
  // Declared under their slash names (BRIEFBOT_COMMAND_PREFIX); the dispatcher maps them back.
  const names = deps.dispatcher.declaredCommands.map((command) => command.name);
  for (const name of names) app.command(`/${name}`, answer(name));
  // Bolt runs every listener that matches, so the catch-all must leave out the registered names.
  app.command(new RegExp(`^/(?!(?:${names.map((name) => name.replace(/[^a-z0-9_]/g, '\\$&')).join('|')})$)`), answer());
}

import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeReply, type HomeChannel } from '../../present/home.js';
import { nextPostAt } from '../../schedule/next-post.js';
import type { PinoLogger } from '../../shared/log.js';
import { localDate } from '../../shared/time/zoned-time.js';
import type { PlatformDeps } from '../common/platform.js';
import { slackError } from './conversation.js';
import { renderHome } from './home-view.js';

const HOW_TO_ASK = 'Mention me in a channel (I answer in the thread), write to me under Messages, or use “Ask briefbot about this” from any message’s menu.';

/**
 * The channels of this workspace with a digest. One bot token serves one workspace, so every
 * Slack subscription in the store is one of its channels. Shown by id: the reply is escaped
 * text, and turning ids into names would cost channels:read and a call per channel.
 */
async function digestChannels(deps: PlatformDeps, now: Date): Promise<HomeChannel[]> {
  const store = deps.digests;
  if (!store) return [];
  const subscriptions = (await store.subscriptions.list()).filter((subscription) => subscription.platform === 'slack');
  const latest = await Promise.all(subscriptions.map((subscription) => store.posts.latest(subscription)));
  return subscriptions.map((subscription, index) => ({
      label: subscription.channelId,
      timeZone: subscription.timeZone,
      cadence: subscription.cadence,
      nextPostAt: nextPostAt(subscription, now, latest[index] ?? null),
      pausedReason: subscription.pausedReason,
    }));
}

/** Every /ask example (the questions), then one of each other command's; /help's would only lead back here. */
function homeExamples(deps: PlatformDeps): string[] {
  const { commands } = deps.dispatcher;
  const ask = commands.filter((command) => command.name === 'ask').flatMap((command) => command.examples);
  const others = commands.filter((command) => command.name !== 'ask' && command.name !== 'help').flatMap((command) => command.examples.slice(0, 1));
  return [...ask, ...others];
}

/**
 * The App Home tab: built afresh each time someone opens it (app_home_opened, tab "home") and
 * published for that person with views.publish, so the week and the next posts are always today's.
 * Nothing in it depends on who opened it; a failed publish is logged, and Slack shows the last view.
 */
export function registerHome(app: App, deps: PlatformDeps, logger: PinoLogger): void {
  app.event('app_home_opened', async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    // The Messages tab sends this event too; it has no view to publish.
    if (event.tab !== 'home') return;
    const fields = { event: event.type, user: event.user };
    try {
      const now = deps.now?.() ?? new Date();
      const reply = homeReply({
        documents: deps.knowledge.documents.size,
        loadedAt: deps.knowledge.loadedAt,
        timeline: deps.knowledge.timeline,
        today: localDate(now, 'UTC'),
        channels: await digestChannels(deps, now),
        examples: homeExamples(deps),
        howToAsk: HOW_TO_ASK,
      });
      // The examples name commands as they are typed in this workspace ("/brief-ask").
      await client.views.publish({ user_id: event.user, view: renderHome(deps.dispatcher.names.inReply(reply)) });
      logger.info(fields, 'published the home view');
    } catch (error) {
      logger.error({ ...fields, slackError: slackError(error), err: error }, 'could not publish the home view');
    }
  });
}

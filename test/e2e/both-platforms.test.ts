import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { digestServices } from '../../src/start.js';
import { startPlatforms, type Serving } from '../../src/serve.js';
import type { Store } from '../../src/store/open.js';
import { ManualClock, recordingJobs } from '../schedule/fakes.js';
import { tempStores } from '../store/temp-store.js';
import { realKnowledge } from '../support/corpus.js';
import { platformDeps } from '../support/platform-deps.js';
import { CHANNEL_ID, DiscordGatewayFake } from './fakes/discord-gateway.js';
import { TOKEN } from './fakes/discord-harness.js';
import { MANAGE_GUILD, slash } from './fakes/discord-interactions.js';
import { DiscordRestFake } from './fakes/discord-rest.js';
import { SECRETS } from './fakes/slack-harness.js';
import { FakeSocketMode } from './fakes/slack-socket.js';
import { FakeSlackApi } from './fakes/slack-web-api.js';

/**
 * What `briefbot start` runs with both SLACK_* and DISCORD_TOKEN set: one process, one store, one
 * scheduler, and each subscription's digest going to its own platform.
 */
describe('Slack and Discord in one process', () => {
  const stores = tempStores();
  const jobs = recordingJobs();
  // Monday 11 March 2024, before the 09:00 UTC posts.
  const clock = new ManualClock(new Date('2024-03-11T08:00:00Z'));
  const settings = { time: '09:00', timeZone: 'UTC', cadence: 'daily', quietDay: 'note' } as const;
  const slackChannel = { platform: 'slack', channelId: 'C_BOTH' };
  const discordChannel = { platform: 'discord', channelId: CHANNEL_ID };
  const terminalChannel = { platform: 'terminal', channelId: 'terminal' };
  let slackApi: FakeSlackApi;
  let socket: FakeSocketMode;
  let rest: DiscordRestFake;
  let gateway: DiscordGatewayFake;
  let store: Store;
  let serving: Serving;
  const deps = platformDeps({ secrets: [SECRETS.botToken, SECRETS.appToken, TOKEN] });

  beforeAll(async () => {
    [slackApi, socket, rest, gateway] = await Promise.all([FakeSlackApi.start(SECRETS), FakeSocketMode.start(), DiscordRestFake.start(), DiscordGatewayFake.start()]);
    slackApi.socketUrl = socket.url;
    rest.gatewayUrl = gateway.url;
    store = stores.open();
    for (const channel of [slackChannel, discordChannel, terminalChannel]) await store.subscriptions.save(channel, settings, { now: new Date('2024-03-01T00:00:00Z'), by: 'U1' });
    const config: Config = {
      corpusDir: 'corpus',
      databasePath: stores.path,
      color: false,
      chat: {
        slack: { mode: 'socket', botToken: SECRETS.botToken, appToken: SECRETS.appToken, apiUrl: slackApi.url },
        discord: { token: TOKEN, apiUrl: rest.url },
        admins: new Set(),
        rateLimitPerMinute: 20,
        logLevel: 'info',
        commandPrefix: '',
      },
    };
    const knowledge = realKnowledge();
    serving = await startPlatforms({
      config,
      knowledge,
      services: digestServices(knowledge, store),
      logger: deps.logger,
      clock,
      jobs: jobs.factory,
      connection: { host: '127.0.0.1', retries: 0 },
    });
    await serving.scheduler.settled();
  });

  afterAll(async () => {
    await serving.stop();
    await Promise.all([socket.close(), gateway.close()]);
    await Promise.all([slackApi.close(), rest.close()]);
    stores.cleanup();
  });

  it('connects both platforms and schedules only their subscriptions', () => {
    expect(serving.platforms.map((platform) => platform.name)).toEqual(['slack', 'discord']);
    // One minute tick for the process; which subscriptions it serves shows in what it posts (next test).
    expect(jobs.live().map((job) => job.name)).toEqual(['digest:tick']);
  });

  it('posts each digest once, to its own platform', async () => {
    clock.set('2024-03-11T09:00:30Z');
    for (const job of jobs.live()) job.fire();
    await serving.scheduler.settled();
    expect(slackApi.posts.map((post) => post.channel)).toEqual(['C_BOTH']);
    const discordPosts = rest.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'));
    expect(discordPosts.map((r) => r.path)).toEqual([`/channels/${CHANNEL_ID}/messages`]);
    expect(await store.posts.latest(terminalChannel)).toBeNull();
  });

  it('answers commands on either platform from the same store', async () => {
    const payload = slash('digest', { action: 'status' }, { permissions: MANAGE_GUILD });
    gateway.dispatch('INTERACTION_CREATE', payload);
    const callback = await rest.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
    const shown = JSON.stringify(callback.body);
    expect(shown).toContain('This channel gets the digest');
    expect(shown).toMatch(/Last: .*posted/);
    expect(deps.log.raw.join('\n')).not.toMatch(new RegExp([SECRETS.botToken, SECRETS.appToken, TOKEN].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
  });
});

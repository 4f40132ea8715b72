import { afterAll, describe, expect, it } from 'vitest';
import { PermanentPostError } from '../../src/schedule/poster.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { quietNote } from '../../src/present/timeline/quiet-note.js';
import type { Store } from '../../src/store/open.js';
import { composeDigest } from '../../src/present/timeline/digest.js';
import { ManualClock, recordingJobs } from '../schedule/fakes.js';
import { tempStores } from '../store/temp-store.js';
import { realKnowledge } from '../support/corpus.js';
import { platformDeps } from '../support/platform-deps.js';
import { CHANNEL_ID } from './fakes/discord-gateway.js';
import { DiscordHarness, TOKEN, shownText } from './fakes/discord-harness.js';
import { MANAGE_GUILD, slash } from './fakes/discord-interactions.js';

const stores = tempStores();
// Monday 11 March 2024, 08:00 UTC: an hour before the channel's digest.
const clock = new ManualClock(new Date('2024-03-11T08:00:00Z'));
const digest = (localDate: string, timeZone: string) => composeDigest(realKnowledge().timeline, localDate, { timeZone });
const channel = { platform: 'discord', channelId: CHANNEL_ID };
const schedulers: Scheduler[] = [];
let discord: DiscordHarness | undefined;

/** What serve.ts starts: the bot's deps on a store, and a scheduler posting through the Discord poster. */
function botParts(store: Store) {
  return platformDeps({ secrets: [TOKEN], services: { store, digest }, now: () => clock.now() });
}
function scheduler(store: Store, instanceId: string): Scheduler {
  const made = new Scheduler({ store, poster: discord!.bot.poster, digest, quietNote: quietNote(), logger: botParts(store).logger, clock, jobs: recordingJobs().factory, instanceId });
  schedulers.push(made);
  return made;
}
const channelPosts = (channelId = CHANNEL_ID) => discord!.rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

afterAll(async () => {
  await Promise.all(schedulers.map((s) => s.stop()));
  await discord?.stop();
  stores.cleanup();
});

describe('Discord: the daily digest', () => {
  it('is posted exactly once for the day across a restart of the bot and the scheduler', async () => {
    const firstStore = stores.open();
    discord = await DiscordHarness.start(botParts(firstStore));
    const subscribed = await discord.send(slash('digest', { action: 'subscribe', settings: '09:00 UTC daily note' }, { permissions: MANAGE_GUILD }));
    expect(shownText(subscribed.message)).toContain('Subscribed: this channel gets the digest');

    const first = scheduler(firstStore, 'before-restart');
    first.start();
    await first.settled();
    expect(channelPosts()).toHaveLength(0);
    clock.set('2024-03-11T09:05:00Z');
    expect(await first.evaluate(channel)).toBe('posted');
    const [post] = channelPosts();
    expect(post!.body.allowed_mentions).toEqual({ parse: [] });
    expect(post!.body.embeds.length).toBeGreaterThan(0);

    // Restart: stop everything, then a new client and scheduler on the same database file.
    await first.stop();
    firstStore.close();
    const secondStore = stores.open();
    await discord.restart(botParts(secondStore));
    clock.set('2024-03-11T09:20:00Z');
    const second = scheduler(secondStore, 'after-restart');
    second.start();
    await second.settled();
    expect(await second.evaluate(channel)).not.toBe('posted');
    expect(channelPosts()).toHaveLength(1);
    expect(await secondStore.posts.latest(channel)).toMatchObject({ state: 'posted', localDate: '2024-03-11', messageId: expect.any(String) });
  });

  it('pauses a channel the bot cannot see, with the fix for its admin', async () => {
    const store = stores.open();
    const hidden = { platform: 'discord', channelId: '920000000000000404' };
    discord!.rest.fail(/^POST \/channels\/920000000000000404\/messages$/, { status: 403, code: 50001, message: 'Missing Access' });
    await store.subscriptions.save(hidden, { time: '09:00', timeZone: 'UTC', cadence: 'daily', quietDay: 'note' }, { now: new Date('2024-03-01T00:00:00Z'), by: 'U1' });
    expect(await scheduler(store, 'paused').evaluate(hidden)).toBe('paused');
    expect((await store.subscriptions.get(hidden))?.pausedReason).toContain('the bot cannot see this channel: give it View Channel, Send Messages and Embed Links there');
  });

  it('tells a permanent refusal from one worth retrying', async () => {
    const reply = { blocks: [{ type: 'text' as const, spans: [{ text: 'Hello' }] }] };
    const refuse = (channelId: string, status: number, code: number) => {
      discord!.rest.fail(new RegExp(`^POST /channels/${channelId}/messages$`), { status, code, message: `error ${code}` });
      return discord!.bot.poster.post({ platform: 'discord', channelId }, reply);
    };
    await expect(refuse('1001', 404, 10003)).rejects.toThrow(/the channel no longer exists/);
    await expect(refuse('1002', 403, 50013)).rejects.toBeInstanceOf(PermanentPostError);
    await expect(refuse('1003', 401, 0)).rejects.toThrow(/DISCORD_TOKEN/);
    const retried = await refuse('1004', 400, 50035).catch((error: unknown) => error);
    expect(retried).not.toBeInstanceOf(PermanentPostError);
    const serverError = await refuse('1005', 503, 0).catch((error: unknown) => error);
    expect(serverError).not.toBeInstanceOf(PermanentPostError);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentPostError } from '../../src/schedule/poster.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { quietNote } from '../../src/present/timeline/quiet-note.js';
import type { Store } from '../../src/store/open.js';
import { composeDigest } from '../../src/present/timeline/digest.js';
import { ManualClock, recordingJobs } from '../schedule/fakes.js';
import { tempStores } from '../store/temp-store.js';
import { realKnowledge } from '../support/corpus.js';
import { platformDeps } from '../support/platform-deps.js';
import { SECRETS, SlackHarness } from './fakes/slack-harness.js';
import { sectionTexts as texts } from './fakes/slack-blocks.js';
import { FakeSlackApi } from './fakes/slack-web-api.js';

/** The daily digest through the Slack poster: posted once a day, even across a restart. */

const ADMIN = { id: 'U_ADMIN', name: 'admin' };
const digest = (date: string, timeZone: string) => composeDigest(realKnowledge().timeline, date, { timeZone });

describe('Slack digest', () => {
  const stores = tempStores();
  // Monday 11 March 2024, before the 09:00 UTC post.
  const clock = new ManualClock(new Date('2024-03-11T08:00:00Z'));
  let api: FakeSlackApi;

  /** A bot and a scheduler on one store: what `briefbot start` runs. */
  async function boot(store: Store, instanceId: string) {
    const deps = platformDeps({ services: { store, digest }, now: () => clock.now() });
    const slack = await SlackHarness.start('http', deps, { api });
    const scheduler = new Scheduler({ store, poster: slack.bot.poster, digest, quietNote: quietNote(), logger: deps.logger, clock, jobs: recordingJobs().factory, instanceId });
    scheduler.start();
    await scheduler.settled();
    const stop = async () => {
      await scheduler.stop();
      await slack.stop();
      store.close();
    };
    return { slack, scheduler, stop };
  }

  beforeAll(async () => {
    api = await FakeSlackApi.start(SECRETS);
    api.users.set(ADMIN.id, { name: ADMIN.name, is_admin: true });
  });
  afterAll(async () => {
    await api.close();
    stores.cleanup();
  });

  it('posts the day’s digest exactly once, across a restart on the same database', async () => {
    const first = await boot(stores.open(), 'first');
    const subscribed = await first.slack.command('digest', 'subscribe 09:00 UTC daily note', ADMIN, 'C_DIGEST');
    expect(texts(subscribed.response.body)[0]).toMatch(/^Subscribed: /);
    clock.set('2024-03-11T09:00:30Z');
    expect(await first.scheduler.evaluate({ platform: 'slack', channelId: 'C_DIGEST' })).toBe('posted');
    expect(api.posts.filter((post) => post.channel === 'C_DIGEST')).toHaveLength(1);
    await first.stop();

    clock.set('2024-03-11T09:20:00Z');
    const second = await boot(stores.open(), 'second');
    // start() has caught up on every subscription; a cron tick now finds today done, tomorrow not due.
    expect(await second.scheduler.evaluate({ platform: 'slack', channelId: 'C_DIGEST' })).toBe('waiting');
    await second.stop();

    const posts = api.posts.filter((post) => post.channel === 'C_DIGEST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.params).toMatchObject({ unfurl_links: 'false', unfurl_media: 'false' });
    expect(posts[0]!.blocks.length).toBeGreaterThan(0);
    expect(posts[0]!.text).not.toBe('');
  });

  it('a channel the bot was removed from pauses the digest, and /digest status says what to do', async () => {
    const run = await boot(stores.open(), 'third');
    await run.slack.command('digest', 'subscribe 09:00 UTC daily note', ADMIN, 'C_GONE');
    api.postErrors.push('not_in_channel');
    clock.set('2024-03-12T09:00:30Z');
    await run.scheduler.evaluate({ platform: 'slack', channelId: 'C_GONE' });
    const status = texts((await run.slack.command('digest', 'status', ADMIN, 'C_GONE')).response.body);
    await run.stop();
    expect(status.join('\n')).toContain('the bot is not a member of this channel: invite it with /invite @briefbot');
  });

  it('tells errors retrying cannot fix from those it can', async () => {
    const run = await boot(stores.open(), 'fourth');
    const post = () => run.slack.bot.poster.post({ platform: 'slack', channelId: 'C_ANY' }, { title: 'Daily digest', blocks: [] });
    for (const [code, advice] of [
      ['channel_not_found', /cannot find this channel/],
      ['is_archived', /archived: unarchive it/],
      ['invalid_auth', /update SLACK_BOT_TOKEN/],
      ['missing_scope', /chat:write/],
    ] as const) {
      api.postErrors.push(code);
      await expect(post()).rejects.toSatisfy((error) => error instanceof PermanentPostError && advice.test(error.message));
    }
    api.postErrors.push('internal_error');
    await expect(post()).rejects.toSatisfy((error) => !(error instanceof PermanentPostError) && /internal_error/.test((error as Error).message));
    expect(await post()).toMatchObject({ messageId: expect.stringMatching(/^\d+\.\d+$/) });
    await run.stop();
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { types } from '@slack/bolt';
import type { Store } from '../../src/store/open.js';
import { tempStores } from '../store/temp-store.js';
import { platformDeps } from '../support/platform-deps.js';
import { headerText, sectionTexts } from './fakes/slack-blocks.js';
import { SlackConversations } from './fakes/slack-conversation.js';
import { SECRETS, SlackHarness, type Mode } from './fakes/slack-harness.js';

/** The App Home through real Bolt: opening the Home tab publishes a view of what the bot knows. */

// Sunday 22 November 2026, 09:00 UTC: 18:00 in Tokyo, so the next weekday post there is Monday's.
const NOW = new Date('2026-11-22T09:00:00Z');

describe.each<Mode>(['socket', 'http'])('Slack App Home in %s mode', (mode) => {
  const stores = tempStores();
  let store: Store;
  let slack: SlackHarness;
  let chat: SlackConversations;

  beforeAll(async () => {
    store = stores.open();
    const by = { now: new Date('2026-11-20T00:00:00Z'), by: 'U_ADMIN' };
    await store.subscriptions.save({ platform: 'slack', channelId: 'C_DIGEST' }, { time: '08:30', timeZone: 'Asia/Tokyo', cadence: 'weekdays', quietDay: 'quiet' }, by);
    await store.subscriptions.save({ platform: 'discord', channelId: '123456789' }, { time: '07:00', timeZone: 'UTC', cadence: 'daily', quietDay: 'quiet' }, by);
    slack = await SlackHarness.start(mode, platformDeps({ secrets: Object.values(SECRETS), now: () => NOW, digests: store }));
    chat = new SlackConversations(slack);
  });
  afterAll(async () => {
    await slack.stop();
    stores.cleanup();
  });

  const homeOpened = (user: string, tab = 'home') =>
    chat.deliver({ type: 'app_home_opened', user, channel: `D_${user}`, tab, event_ts: chat.nextTs(), ...(tab === 'home' ? { view: { id: 'V1', type: 'home' } } : {}) });

  /** The view published for `user`, its blocks read as the message helpers read them. */
  async function publishedFor(user: string): Promise<{ type: string; blocks: types.KnownBlock[] }> {
    await vi.waitFor(() => expect(slack.api.callsOf('views.publish').some((call) => call.params.user_id === user)).toBe(true), { timeout: 15_000 });
    const call = slack.api.callsOf('views.publish').find((candidate) => candidate.params.user_id === user)!;
    return JSON.parse(call.params.view!) as { type: string; blocks: types.KnownBlock[] };
  }

  it('opening the Home tab publishes a home view for that person: documents, the week, the digests, examples', async () => {
    const ack = await homeOpened('U_ALICE');
    if (mode === 'http') expect(ack).toEqual({ status: 200, body: '' });
    const view = await publishedFor('U_ALICE');
    expect(view.type).toBe('home');
    expect(headerText(view)).toBe('briefbot');
    const texts = sectionTexts(view);
    expect(texts).toContainEqual(expect.stringMatching(/^5 papers on US–Japan economic security, loaded \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC\./));
    expect(texts).toContain('*This week: anniversaries and deadlines, 22 Nov 2026 to 28 Nov 2026 (UTC)*');
    expect(texts).toContain('• Thu 26 Nov — 3 years ago, 26 Nov 2023: Japanese, South Korean, and Chinese foreign ministers met in Busan, South Korea (Jacobs (December 2023), passage 15)');
    // This workspace's channel with its next post; the Discord subscription is not listed.
    expect(texts).toContain('• C_DIGEST — next digest Mon 23 Nov 2026, 08:30 Asia/Tokyo (weekdays)');
    expect(JSON.stringify(view)).not.toContain('123456789');
    expect(texts.find((text) => text.startsWith('• /ask what is JUCIP'))).toContain('• /ask who blocked the Nippon Steel deal');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(slack.api.callsOf('views.publish').at(-1)!.token).toBe(SECRETS.botToken);
    // The bot logs once Slack has answered the publish, which may be just after the fake saw it.
    await vi.waitFor(() => expect(slack.log.lines).toContainEqual(expect.objectContaining({ msg: 'published the home view', user: 'U_ALICE' })), { timeout: 15_000 });
  });

  it('the Messages tab opening publishes nothing', async () => {
    await homeOpened('U_MESSAGES', 'messages');
    await homeOpened('U_AFTER');
    // Events are handled in the order they come: once the later one is published, the earlier is settled.
    await publishedFor('U_AFTER');
    expect(slack.api.callsOf('views.publish').filter((call) => call.params.user_id === 'U_MESSAGES')).toEqual([]);
  });

  it('a refused views.publish is logged with Slack’s reason, and the next opening still works', async () => {
    slack.api.methodErrors.set('views.publish', ['not_enabled']);
    await homeOpened('U_REFUSED');
    await vi.waitFor(() => expect(slack.log.lines.some((line) => line.msg === 'could not publish the home view')).toBe(true), { timeout: 15_000 });
    expect(slack.log.lines.find((line) => line.msg === 'could not publish the home view')).toMatchObject({ level: 50, user: 'U_REFUSED', slackError: 'not_enabled' });
    await homeOpened('U_AGAIN');
    expect((await publishedFor('U_AGAIN')).type).toBe('home');
  });
});

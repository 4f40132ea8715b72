import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import digest from '../../commands/digest.js';
import { runTextCommand } from '../../src/dispatch/run.js';
import type { CommandContext } from '../../src/dispatch/types.js';
import { plainText } from '../../src/present/build.js';
import type { Reply } from '../../src/present/types.js';
import { PermanentPostError } from '../../src/schedule/poster.js';
import type { DigestSource } from '../../src/schedule/poster.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { quietNote } from '../../src/present/timeline/quiet-note.js';
import type { Store } from '../../src/store/open.js';
import { PostRepository } from '../../src/store/posts.js';
import { SubscriptionRepository } from '../../src/store/subscriptions.js';
import { ManualClock, RecordingPoster, namedDigest, recordingJobs } from '../schedule/fakes.js';
import { tempStores } from '../store/temp-store.js';

const channel = { platform: 'slack', channelId: 'C1' };
// Monday 11 March 2024, 08:00 in New York (EDT).
const NOW = new Date('2024-03-11T12:00:00Z');

let stores: ReturnType<typeof tempStores>;
let store: Store;
let digestCalls: [string, string][];
let source: DigestSource;

beforeEach(() => {
  stores = tempStores();
  store = stores.open();
  digestCalls = [];
  source = (localDate, timeZone) => {
    digestCalls.push([localDate, timeZone]);
    return namedDigest(localDate, timeZone);
  };
});
afterEach(() => stores.cleanup());

function context(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    knowledge: undefined as never, // /digest never reads the corpus
    now: () => NOW,
    platform: 'slack',
    user: { id: 'U1', name: 'ann' },
    channelId: 'C1',
    isAdmin: true,
    adminRule: 'workspace admins and owners',
    commands: [digest],
    services: { store, digest: (date, zone) => source(date, zone) },
    ...overrides,
  };
}

const run = async (line: string, overrides: Partial<CommandContext> = {}): Promise<string> =>
  plainText(await runTextCommand(line, context(overrides)));

describe('/digest subscribe', () => {
  it('refuses politely without the right to manage the channel, and saves nothing', async () => {
    const text = await run('/digest subscribe 08:30 Asia/Tokyo', { isAdmin: false });
    expect(text).toContain('Only workspace admins and owners can change this channel’s digest subscription (and anyone the bot’s operator lists in BRIEFBOT_ADMINS).');
    expect(text).toContain('/digest status');
    expect(await store.subscriptions.get(channel)).toBeNull();
    expect(await run('/digest unsubscribe', { isAdmin: false })).toContain('Only workspace admins and owners can change this channel’s digest subscription');
  });

  it('saves the subscription before it says so, with sensible defaults and a hint about the zone', async () => {
    const reply: Reply = await runTextCommand('/digest subscribe', context());
    // Another connection to the file sees it: it was written, not just promised.
    expect(await stores.open().subscriptions.get(channel)).toMatchObject({ time: '09:00', timeZone: 'UTC', cadence: 'weekdays', quietDay: 'note', status: 'active', updatedBy: 'U1' });
    expect(reply.visibility).toBe('ephemeral');
    expect(plainText(reply)).toBe(
      [
        'Daily digest',
        'Subscribed: this channel gets the digest at 09:00 UTC, on weekdays (Monday to Friday); on a day with nothing to say, a one-line note.',
        'Next post: Tue 12 Mar 2024, 09:00.',
        'Times are in UTC. To use yours, add a time zone: /digest subscribe 09:00 Asia/Tokyo.',
      ].join('\n'),
    );
  });

  it('takes a time, a zone, a cadence and a quiet-day choice, in any order', async () => {
    expect(await run('/digest subscribe 08:30 Asia/Tokyo weekdays')).toContain('Subscribed: this channel gets the digest at 08:30 Asia/Tokyo, on weekdays');
    expect(await run('/digest subscribe quiet daily america/new_york 07:15')).toContain(
      'Updated: this channel gets the digest at 07:15 America/New_York, every day; on a day with nothing to say, nothing is posted.',
    );
  });

  it('changes only what is given', async () => {
    await run('/digest subscribe 08:30 Asia/Tokyo');
    await run('/digest subscribe daily');
    expect(await store.subscriptions.get(channel)).toMatchObject({ time: '08:30', timeZone: 'Asia/Tokyo', cadence: 'daily' });
  });

  it('answers malformed input with what is wrong and how to write it', async () => {
    expect(await run('/digest subscribe 08:30 Tokio')).toBe(
      'Unknown time zone "Tokio". Did you mean Asia/Tokyo?\nUsage: /digest [subscribe|unsubscribe|status|preview] [settings] — e.g. /digest subscribe 08:30 Asia/Tokyo weekdays or /digest status',
    );
    expect(await run('/digest subscribe 25:00')).toMatch(/^"25:00" is not a time of day: use 24-hour HH:MM/);
    expect(await run('/digest 08:30')).toMatch(/^\/digest: "08:30" is not one of: subscribe, unsubscribe, status, preview\.\nUsage: \/digest/);
    expect(await run('/digest status now')).toMatch(/^\/digest status takes nothing after it\.\nUsage:/);
    expect(await store.subscriptions.get(channel)).toBeNull();
  });
});

describe('/digest subscribe when the database refuses the write', () => {
  it('another process holds the write lock: answers "busy, try again" after a short wait, saving nothing', async () => {
    // Another connection, as another process would be: SQLite's locks are per connection.
    const other = new Database(stores.path);
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(await run('/digest subscribe 08:30 Asia/Tokyo')).toBe(
        'Daily digest\nThe database is busy (another copy of the bot is writing to it): nothing was changed. Try again in a moment.',
      );
      expect(await run('/digest unsubscribe')).toContain('The database is busy');
      // Reads go on: WAL readers never wait for the writer.
      expect(await run('/digest status')).toContain('This channel has no digest subscription.');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.subscriptions.get(channel)).toBeNull();
    expect(await run('/digest subscribe 08:30 Asia/Tokyo')).toContain('Subscribed:');
  });

  it('a read-only database: says the bot cannot save settings, and who can fix it', async () => {
    await run('/digest subscribe 08:30 Asia/Tokyo');
    // A read-only connection: the tests may run as root, where a chmod would stop no write.
    const readOnly = new Database(stores.path, { readonly: true });
    try {
      const services = { store: { subscriptions: new SubscriptionRepository(readOnly), posts: new PostRepository(readOnly) }, digest: namedDigest };
      expect(await run('/digest subscribe 09:00', { services })).toBe(
        [
          'Daily digest',
          'The bot cannot save settings: its database is read-only. Nothing was changed.',
          'Please tell the bot’s operator: the file named by DATABASE_PATH must be a writable SQLite database.',
        ].join('\n'),
      );
      expect(await run('/digest unsubscribe', { services })).toContain('The bot cannot save settings: its database is read-only.');
      expect(await run('/digest status', { services })).toContain('at 08:30 Asia/Tokyo');
    } finally {
      readOnly.close();
    }
  });
});

describe('/digest unsubscribe', () => {
  it('removes the subscription, and says when there was none', async () => {
    await run('/digest subscribe');
    expect(await run('/digest unsubscribe')).toContain('Unsubscribed: this channel gets no more digests.');
    expect(await store.subscriptions.get(channel)).toBeNull();
    expect(await run('/digest unsubscribe')).toContain('This channel has no digest subscription.');
  });
});

describe('/digest status', () => {
  it('without a subscription, says so and shows how to start one', async () => {
    expect(await run('/digest')).toMatch(/This channel has no digest subscription\.\nUsage: \/digest/);
  });

  it('shows the settings, the next post and the last one', async () => {
    await run('/digest subscribe 09:00 America/New_York');
    await store.subscriptions.save(channel, (await store.subscriptions.get(channel))!, { now: new Date('2024-03-01T00:00:00Z'), by: 'U1' });
    expect(await run('/digest status')).toBe(
      [
        'Daily digest',
        'This channel gets the digest at 09:00 America/New_York, on weekdays (Monday to Friday); on a day with nothing to say, a one-line note.',
        'Next post: Mon 11 Mar 2024, 09:00.',
      ].join('\n'),
    );
    const clock = new ManualClock(new Date('2024-03-11T13:00:00Z'));
    await new Scheduler({ store, poster: new RecordingPoster(() => clock.now()), digest: namedDigest, quietNote: quietNote(), clock, jobs: recordingJobs().factory }).evaluate(channel);
    const text = await run('/digest status', { now: () => new Date('2024-03-11T14:00:00Z') });
    expect(text).toContain('Next post: Tue 12 Mar 2024, 09:00.');
    expect(text).toContain('Last: 2024-03-11: posted Mon 11 Mar 2024, 09:00 (1 attempt).');
  });

  it('shows why posting was paused, and a new subscribe resumes it', async () => {
    await run('/digest subscribe 09:00 America/New_York');
    await store.subscriptions.save(channel, (await store.subscriptions.get(channel))!, { now: new Date('2024-03-01T00:00:00Z'), by: 'U1' });
    const clock = new ManualClock(new Date('2024-03-11T13:00:00Z'));
    const poster = new RecordingPoster(() => clock.now());
    poster.failNext(new PermanentPostError('the bot is no longer a member of this channel'));
    await new Scheduler({ store, poster, digest: namedDigest, quietNote: quietNote(), clock, jobs: recordingJobs().factory }).evaluate(channel);
    const text = await run('/digest status');
    expect(text).toContain(
      'Paused: posting failed on 2024-03-11: the bot is no longer a member of this channel. Someone who can manage this channel can resume it with /digest subscribe.',
    );
    expect(text).toContain('Last: 2024-03-11: not posted after 1 attempt — the bot is no longer a member of this channel.');
    expect(await run('/digest subscribe')).toContain('Resumed: this channel gets the digest at 09:00 America/New_York');
    expect(await store.subscriptions.get(channel)).toMatchObject({ status: 'active', pausedReason: null });
  });

  it('reports a day that may not have been posted because the bot stopped mid-send', async () => {
    await run('/digest subscribe 09:00 America/New_York');
    await store.subscriptions.save(channel, (await store.subscriptions.get(channel))!, { now: new Date('2024-03-01T00:00:00Z'), by: 'U1' });
    const claim = { ...channel, localDate: '2024-03-08', dueAt: new Date('2024-03-08T14:00:00Z'), late: false, owner: 'dead' };
    const post = (await store.posts.claim({ ...claim, now: claim.dueAt, leaseUntil: new Date('2024-03-08T14:10:00Z') }))!;
    await store.posts.startAttempt(post.id, 'dead', new Date('2024-03-08T14:10:00Z'));
    // The bot restarts on Monday before 09:00: the scheduler settles Friday's claim.
    const clock = new ManualClock(NOW);
    await new Scheduler({ store, poster: new RecordingPoster(), digest: namedDigest, quietNote: quietNote(), clock, jobs: recordingJobs().factory }).evaluate(channel);
    expect(await run('/digest status')).toContain(
      'Last: 2024-03-08: may not have been posted — the bot stopped while sending it; not sent again, so the channel never gets it twice.',
    );
  });
});

describe('/digest preview', () => {
  it('shows today’s digest for the channel’s zone, privately', async () => {
    await run('/digest subscribe Asia/Tokyo');
    const reply = await runTextCommand('/digest preview', context());
    expect(digestCalls).toEqual([['2024-03-11', 'Asia/Tokyo']]);
    expect(reply.visibility).toBe('ephemeral');
    expect(plainText(reply)).toBe(
      ['Digest for 2024-03-11', 'Preview of the digest for 2024-03-11 (Asia/Tokyo); only you can see it.', 'Upcoming from 2024-03-11 (Asia/Tokyo)'].join('\n'),
    );
  });

  it('takes a zone, uses the local date there, and explains a quiet day', async () => {
    source = () => null;
    // 12:00Z on the 11th is still the 10th in Honolulu.
    expect(await run('/digest preview Pacific/Honolulu')).toContain('Preview of the digest for 2024-03-11 (Pacific/Honolulu)');
    expect(await run('/digest preview Pacific/Kiritimati')).toContain('Preview of the digest for 2024-03-12 (Pacific/Kiritimati)');
    expect(await run('/digest preview')).toContain('Nothing to say that day: the channel would get a one-line note.');
    expect(await run('/digest preview 09:00')).toMatch(/^\/digest preview takes only a time zone\./);
  });
});

it('says plainly when no store is open', async () => {
  expect(await run('/digest status', { services: undefined })).toContain('The digest needs the bot’s database');
});

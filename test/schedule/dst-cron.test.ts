import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietNote } from '../../src/present/timeline/quiet-note.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { tempStores } from '../store/temp-store.js';
import { RecordingPoster, namedDigest, recordingLogger } from './fakes.js';

/**
 * The Scheduler with real node-cron and the system clock, under Vitest's fake timers, through the
 * daylight-saving nights that went wrong (Europe/London and Berlin on the autumn change, where
 * node-cron in the zone skipped the first copy of the repeated hour) and their neighbours. The rule
 * for "on time" is in dst-transitions.ts (expectedInstant); every zone is covered at the decide
 * level by dst-all-zones.test.ts.
 */

const HOUR = 3_600_000;
const channel = { platform: 'slack', channelId: 'C1' };

let stores: ReturnType<typeof tempStores>;
let scheduler: Scheduler | null = null;

beforeEach(() => {
  vi.useFakeTimers();
  stores = tempStores();
});

afterEach(async () => {
  await scheduler?.stop();
  scheduler = null;
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
  stores.cleanup();
});

describe('Scheduler with real node-cron on both daylight-saving changes', () => {
  it.each([
    // Autumn: the time comes twice; the post is at the first.
    ['Europe/London', '2024-10-27', '01:00', '2024-10-27T00:00:00.000Z'],
    ['Europe/London', '2024-10-27', '01:30', '2024-10-27T00:30:00.000Z'],
    ['Europe/Berlin', '2024-10-27', '02:15', '2024-10-27T00:15:00.000Z'],
    ['Australia/Sydney', '2024-04-07', '02:30', '2024-04-06T15:30:00.000Z'],
    ['Australia/Lord_Howe', '2024-04-07', '01:45', '2024-04-06T14:45:00.000Z'],
    ['America/Santiago', '2024-04-06', '23:30', '2024-04-07T02:30:00.000Z'],
    // Spring: the time does not exist; the post is at that time read with the offset before the jump.
    ['Europe/London', '2024-03-31', '01:30', '2024-03-31T01:30:00.000Z'],
    ['Europe/Berlin', '2024-03-31', '02:15', '2024-03-31T01:15:00.000Z'],
    ['Australia/Sydney', '2024-10-06', '02:30', '2024-10-05T16:30:00.000Z'],
    ['Australia/Lord_Howe', '2024-10-06', '02:15', '2024-10-05T15:45:00.000Z'],
    ['America/Nuuk', '2024-03-30', '23:30', '2024-03-31T01:30:00.000Z'],
  ])('%s, %s at %s: posted once, at %s, on time', async (timeZone, date, time, expected) => {
    vi.setSystemTime(new Date(Date.parse(expected) - 4 * HOUR));
    const store = stores.open();
    await store.subscriptions.save(channel, { time, timeZone, cadence: 'daily', quietDay: 'note' }, { now: new Date('2024-01-01T00:00:00Z'), by: 'U1' });
    // The day before was posted: only this night's post is owed.
    const yesterday = new Date(Date.parse(`${date}T12:00:00Z`) - 24 * HOUR).toISOString().slice(0, 10);
    const claim = (await store.posts.claim({ ...channel, localDate: yesterday, dueAt: new Date(0), late: false, owner: 'earlier', now: new Date(0), leaseUntil: new Date(0) }))!;
    await store.posts.skipped(claim.id, 'earlier');
    const poster = new RecordingPoster();
    scheduler = new Scheduler({ store, poster, digest: namedDigest, quietNote: quietNote(), logger: recordingLogger(), instanceId: 'only' });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(8 * HOUR);
    expect(poster.posts.map((p) => [p.text.split('\n')[0], p.at.toISOString()])).toEqual([[`Digest for ${date}`, expected]]);
    expect(await store.posts.latest(channel)).toMatchObject({ localDate: date, late: false, state: 'posted' });
  });
});

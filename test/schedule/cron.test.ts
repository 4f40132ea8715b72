import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/schedule/clock.js';
import { TICK, cronJobs } from '../../src/schedule/jobs.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { quietNote } from '../../src/present/timeline/quiet-note.js';
import type { SubscriptionSettings } from '../../src/store/types.js';
import { tempStores } from '../store/temp-store.js';
import { RecordingPoster, namedDigest, recordingLogger } from './fakes.js';

/**
 * Real node-cron jobs and the default system clock, driven by Vitest's fake timers: node-cron's
 * own timers and Date are faked, so a whole night passes in milliseconds.
 */

const channel = { platform: 'slack', channelId: 'C1' };
const HOUR = 3_600_000;

let stores: ReturnType<typeof tempStores>;
const schedulers: Scheduler[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  stores = tempStores();
});

afterEach(async () => {
  await Promise.all(schedulers.splice(0).map((s) => s.stop()));
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
  stores.cleanup();
});

/** One scheduler per instance, each on its own connection to the one database file. */
function instances(count: number, settings: SubscriptionSettings): { poster: RecordingPoster; logger: ReturnType<typeof recordingLogger> } {
  const poster = new RecordingPoster();
  const logger = recordingLogger();
  void stores.open().subscriptions.save(channel, settings, { now: new Date('2024-01-01T00:00:00Z'), by: 'U1' });
  for (let i = 0; i < count; i++) {
    const scheduler = new Scheduler({ store: stores.open(), poster, digest: namedDigest, quietNote: quietNote(), logger, instanceId: `i${i}` });
    schedulers.push(scheduler);
    scheduler.start();
  }
  return { poster, logger };
}

const daily = (time: string): SubscriptionSettings => ({ time, timeZone: 'America/New_York', cadence: 'daily', quietDay: 'note' });

describe('cron jobs', () => {
  it('the scheduler’s tick fires at the start of every minute, in UTC', async () => {
    vi.setSystemTime(new Date('2024-10-27T00:59:30Z'));
    const fired: string[] = [];
    const job = cronJobs(recordingLogger())(TICK.pattern, TICK.timeZone, 'tick', () => void fired.push(new Date().toISOString()));
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    job.stop();
    expect(fired).toEqual(['2024-10-27T01:00:00.000Z', '2024-10-27T01:01:00.000Z', '2024-10-27T01:02:00.000Z']);
  });

  it('runs a job in its own zone: 09:10 in Asia/Kathmandu (UTC+5:45) fires at 03:25Z', async () => {
    vi.setSystemTime(new Date('2024-03-11T03:00:00Z'));
    const fired: string[] = [];
    const job = cronJobs(recordingLogger())('10,25,40,55 * * * *', 'Asia/Kathmandu', 'probe', () => void fired.push(new Date().toISOString()));
    await vi.advanceTimersByTimeAsync(HOUR);
    job.stop();
    expect(fired).toEqual(['2024-03-11T03:10:00.000Z', '2024-03-11T03:25:00.000Z', '2024-03-11T03:40:00.000Z', '2024-03-11T03:55:00.000Z']);
  });
});

describe('systemClock.sleep', () => {
  it('waits its time, or ends at once when the scheduler stops, leaving no timer', async () => {
    vi.setSystemTime(new Date('2024-03-11T00:00:00Z'));
    const controller = new AbortController();
    let woke = false;
    const waiting = systemClock.sleep(30_000, controller.signal).then(() => (woke = true));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(woke).toBe(true);
    await waiting;
    const stopped = systemClock.sleep(8 * 60_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await stopped;
    expect(vi.getTimerCount()).toBe(0);
    expect(systemClock.now().toISOString()).toBe('2024-03-11T00:00:30.000Z');
  });
});

describe('Scheduler with real node-cron across daylight-saving nights (America/New_York)', () => {
  it('spring-forward, 2024-03-10: a 02:30 subscription posts once, at 03:30 EDT', async () => {
    vi.setSystemTime(new Date('2024-03-10T05:00:00Z')); // 00:00 EST
    const { poster } = instances(1, daily('02:30'));
    await vi.advanceTimersByTimeAsync(6 * HOUR);
    expect(poster.posts.map((p) => [p.text.split('\n')[0], p.at.toISOString()])).toEqual([['Digest for 2024-03-10', '2024-03-10T07:30:00.000Z']]);
  });

  it('fall-back, 2024-11-03: a 01:30 subscription posts once, at the first 01:30', async () => {
    vi.setSystemTime(new Date('2024-11-03T04:00:00Z')); // 00:00 EDT
    const { poster } = instances(1, daily('01:30'));
    await vi.advanceTimersByTimeAsync(6 * HOUR);
    expect(poster.posts.map((p) => [p.text.split('\n')[0], p.at.toISOString()])).toEqual([['Digest for 2024-11-03', '2024-11-03T05:30:00.000Z']]);
  });

  it('two instances on one database file, a week of days: one post a day', async () => {
    vi.setSystemTime(new Date('2024-03-11T04:00:00Z')); // Monday 00:00 EDT
    const { poster } = instances(2, { ...daily('09:00'), cadence: 'weekdays' });
    await vi.advanceTimersByTimeAsync(7 * 24 * HOUR);
    expect(poster.posts.map((p) => p.at.toISOString())).toEqual([
      '2024-03-11T13:00:00.000Z',
      '2024-03-12T13:00:00.000Z',
      '2024-03-13T13:00:00.000Z',
      '2024-03-14T13:00:00.000Z',
      '2024-03-15T13:00:00.000Z',
    ]);
    // A simulated week is 20,160 real ticks of work (two instances, one a minute): a few seconds
    // on an idle machine, so a loaded one gets room rather than a flaky failure.
  }, 60_000);

  it('a restart after the scheduled time posts at once, late, and only once that day', async () => {
    vi.setSystemTime(new Date('2024-03-11T17:00:00Z')); // 13:00 EDT
    const { poster } = instances(1, { ...daily('09:00'), cadence: 'weekdays' });
    await vi.advanceTimersByTimeAsync(10 * HOUR);
    expect(poster.posts.map((p) => p.at.toISOString())).toEqual(['2024-03-11T17:00:00.000Z']);
    expect(await stores.open().posts.latest(channel)).toMatchObject({ late: true, state: 'posted' });
  });
});

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/schedule/clock.js';
import { Harness, MONDAY_0900, channel } from './harness.js';
import { sqliteFactory } from '../store/store-factories.js';

/**
 * Another process holding SQLite's write lock: the scheduler must neither block the event loop
 * waiting for it (the busy wait is short) nor lose the day to it. SQLite only: PostgreSQL locks
 * rows, not the database; its counterpart is the database restarted while the bot runs
 * (test/store/postgres-failures.test.ts).
 */

let h: Harness;
let other: Database.Database;
beforeEach(async () => {
  h = await Harness.create(sqliteFactory);
  await h.subscribe();
  // Another connection, as another process would be: SQLite's locks are per connection.
  other = new Database(h.stores.location);
});
afterEach(async () => {
  if (other.inTransaction) other.exec('ROLLBACK');
  other.close();
  await h.cleanup();
});

describe('Scheduler: the database locked by another process', () => {
  it('a lock held across the due minute: the claim waits for the next tick, then the day posts once', async () => {
    const s = h.scheduler();
    other.exec('BEGIN IMMEDIATE');
    h.clock.set(MONDAY_0900);
    expect(await s.evaluate(channel)).toBe('busy');
    expect(await h.record()).toBeNull();
    expect(h.logger.entries.map((e) => e.message)).toContain('digest: the database is busy (another process holds its write lock); trying again at the next tick');
    other.exec('ROLLBACK');
    h.clock.advance(60_000);
    expect(await s.evaluate(channel)).toBe('posted');
    h.clock.advance(60_000);
    expect(await s.evaluate(channel)).toBe('waiting');
    expect(h.poster.posts).toHaveLength(1);
    expect(await h.record()).toMatchObject({ state: 'posted', late: false, localDate: '2024-03-11' });
  });

  it('a lock taken while the digest is being sent: the message id is recorded once the lock is gone', async () => {
    let release!: () => void;
    h.poster.holdNext(new Promise<void>((resolve) => (release = resolve)));
    // Waiting between tries is the clock's (off the event loop); here the lock ends with the first wait.
    const clock: Clock = {
      now: () => h.clock.now(),
      sleep: async (ms, signal) => {
        if (other.inTransaction) other.exec('ROLLBACK');
        await h.clock.sleep(ms, signal);
      },
    };
    h.clock.set(MONDAY_0900);
    const outcome = h.scheduler({ clock }).evaluate(channel);
    expect(await h.recordWhen((record) => record?.state === 'sending')).toMatchObject({ state: 'sending' });
    other.exec('BEGIN IMMEDIATE');
    release();
    expect(await outcome).toBe('posted');
    expect(h.clock.sleeps).toEqual([1_000]);
    expect(await h.record()).toMatchObject({ state: 'posted', messageId: 'm1', attempts: 1 });
  });
});

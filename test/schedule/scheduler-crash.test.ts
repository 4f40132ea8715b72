import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/schedule/clock.js';
import { Harness, storeFactories, MONDAY_0900, channel } from './harness.js';


describe.each(storeFactories)('the scheduler, crashes on $name', (factory) => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create(factory);
  });
  afterEach(() => h.cleanup());

  describe('Scheduler: a crash between the claim and the post', () => {
    it('a send in flight when its instance died is reported, never sent again', async () => {
      await h.subscribe();
      h.clock.set(MONDAY_0900);
      let release!: () => void;
      h.poster.holdNext(new Promise<void>((resolve) => (release = resolve)));
      const dying = h.scheduler({ store: await h.stores.open(), instanceId: 'dying' });
      const lost = dying.evaluate(channel);
      expect(await h.recordWhen((record) => record?.state === 'sending')).toMatchObject({ state: 'sending', owner: 'dying', attempts: 1 });
      // "dying" is gone. A restart within its lease leaves the claim alone…
      h.clock.set('2024-03-11T13:05:00Z');
      const restarted = h.scheduler({ instanceId: 'restarted' });
      expect(await restarted.evaluate(channel)).toBe('busy');
      // …and after it reports the day instead of risking a second copy.
      h.clock.set('2024-03-11T13:15:00Z');
      expect(await restarted.evaluate(channel)).toBe('waiting');
      expect(await h.record()).toMatchObject({ state: 'unknown', messageId: null });
      expect((await h.record())?.lastError).toMatch(/stopped while sending it; not sent again/);
      expect(h.logger.entries.filter((e) => e.level === 'warn').map((e) => e.fields.owner)).toEqual(['dying']);
      expect(h.poster.posts).toEqual([]);
      // Had the old send in fact gone through, its message id would still be recorded.
      release();
      expect(await lost).toBe('posted');
      expect(h.poster.posts).toHaveLength(1);
      expect(await h.record()).toMatchObject({ state: 'posted', messageId: 'm1' });
    });

    it('a claim never sent is taken over after its lease and posted once, late', async () => {
      await h.subscribe();
      // An instance claimed the day at 09:00 and died before its first attempt.
      await h.store.posts.claim({
        ...channel,
        localDate: '2024-03-11',
        dueAt: new Date(MONDAY_0900),
        late: false,
        owner: 'dead',
        now: new Date(MONDAY_0900),
        leaseUntil: new Date('2024-03-11T13:10:00Z'),
      });
      h.clock.set('2024-03-11T13:20:00Z');
      const s = h.scheduler({ instanceId: 'alive' });
      s.start();
      await s.settled();
      await s.evaluate(channel);
      expect(h.poster.posts).toHaveLength(1);
      expect(await h.record()).toMatchObject({ state: 'posted', owner: 'alive', late: true });
    });

    it('an earlier day’s claim never sent is closed as missed, and today still posts', async () => {
      await h.subscribe();
      await h.store.posts.claim({
        ...channel,
        localDate: '2024-03-08',
        dueAt: new Date('2024-03-08T14:00:00Z'),
        late: false,
        owner: 'dead',
        now: new Date('2024-03-08T14:00:00Z'),
        leaseUntil: new Date('2024-03-08T14:10:00Z'),
      });
      h.clock.set(MONDAY_0900);
      expect(await h.scheduler().evaluate(channel)).toBe('posted');
      expect((await h.store.posts.list(channel)).map((p) => [p.localDate, p.state])).toEqual([
        ['2024-03-08', 'failed'],
        ['2024-03-11', 'posted'],
      ]);
    });

    it('stopping during a backoff wait hands the claim back, so a restart posts at once', async () => {
      await h.subscribe();
      h.clock.set(MONDAY_0900);
      // A clock whose waits last until the scheduler stops, and says when one begins.
      let waiting!: () => void;
      const inBackoff = new Promise<void>((resolve) => (waiting = resolve));
      const waitingClock: Clock = {
        now: () => h.clock.now(),
        sleep: (_ms, signal) =>
          new Promise((resolve) => {
            waiting();
            signal.addEventListener('abort', () => resolve(), { once: true });
          }),
      };
      h.poster.failNext(new Error('HTTP 503'));
      const first = h.scheduler({ clock: waitingClock });
      const outcome = first.evaluate(channel);
      await inBackoff;
      expect(await h.record()).toMatchObject({ state: 'claimed', owner: first.instanceId, attempts: 1, lastError: 'HTTP 503' });
      await first.stop();
      expect(await outcome).toBe('stopped');
      expect(await h.scheduler().evaluate(channel)).toBe('posted');
      expect(h.poster.posts).toHaveLength(1);
      expect(await h.record()).toMatchObject({ state: 'posted', attempts: 2 });
    });
  });

  describe('Scheduler: two instances on one database file', () => {
    it('evaluating at the same moment makes one post', async () => {
      await h.subscribe();
      h.clock.set(MONDAY_0900);
      const a = h.scheduler({ instanceId: 'a' });
      const b = h.scheduler({ store: await h.stores.open(), instanceId: 'b' });
      const outcomes = await Promise.all([a.evaluate(channel), b.evaluate(channel), a.evaluate(channel), b.evaluate(channel)]);
      expect(outcomes.filter((o) => o === 'posted')).toHaveLength(1);
      expect(h.poster.posts).toHaveLength(1);
    });

    it('while one is sending, the other stands back; afterwards it sees the day done', async () => {
      await h.subscribe();
      h.clock.set(MONDAY_0900);
      let release!: () => void;
      h.poster.holdNext(new Promise<void>((resolve) => (release = resolve)));
      const a = h.scheduler({ instanceId: 'a' });
      const b = h.scheduler({ store: await h.stores.open(), instanceId: 'b' });
      a.start();
      // Once a is sending (its claim and first attempt written), b's start must stand back.
      await h.recordWhen((record) => record?.state === 'sending');
      b.start();
      await b.settled();
      release();
      await a.settled();
      expect(await b.evaluate(channel)).toBe('waiting');
      expect(h.poster.posts).toHaveLength(1);
      expect((await h.record())?.owner).toBe('a');
    });
  });
});

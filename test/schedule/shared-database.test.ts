import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextPostAt } from '../../src/schedule/next-post.js';
import { Harness, storeFactories, MONDAY_0800, MONDAY_0900, channel, nine } from './harness.js';

/**
 * Two processes on one database file, each with its own connection and scheduler: a subscription
 * made, changed or removed through one is followed by the other at its next minute tick.
 */

describe.each(storeFactories)('the scheduler, shared database on $name', (factory) => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create(factory);
  });
  afterEach(() => h.cleanup());

  describe('Scheduler: subscriptions made in another process', () => {
    it('subscribed through A, A stopped before the time: B posts on time, and status shows the next day', async () => {
      const a = h.scheduler({ instanceId: 'a' });
      const bStore = await h.stores.open();
      const b = h.scheduler({ store: bStore, instanceId: 'b' });
      a.start();
      b.start();
      await Promise.all([a.settled(), b.settled()]);
      // /digest subscribe answered by A: written through A's connection.
      await h.store.subscriptions.save(channel, nine, { now: new Date(MONDAY_0800), by: 'U1' });
      await a.stop();
      h.clock.set(MONDAY_0900);
      for (const job of h.jobs.live()) job.fire();
      await b.settled();
      expect(h.poster.posts.map((p) => [p.target.channelId, p.at.toISOString()])).toEqual([['C1', '2024-03-11T13:00:00.000Z']]);
      expect(await h.record()).toMatchObject({ owner: 'b', state: 'posted', late: false });
      const subscription = (await bStore.subscriptions.get(channel))!;
      expect(nextPostAt(subscription, h.clock.now(), await bStore.posts.latest(channel))).toEqual(new Date('2024-03-12T13:00:00Z'));
    });

    it('changed, then removed, through A: B follows both at its next tick', async () => {
      await h.subscribe();
      const bStore = await h.stores.open();
      const b = h.scheduler({ store: bStore, instanceId: 'b' });
      b.start();
      await b.settled();
      const tickAt = async (instant: string): Promise<void> => {
        h.clock.set(instant);
        for (const job of h.jobs.live()) job.fire();
        await b.settled();
      };
      await h.store.subscriptions.save(channel, { ...nine, time: '09:40' }, { now: new Date(MONDAY_0800), by: 'U1' });
      await tickAt(MONDAY_0900);
      expect(h.poster.posts).toEqual([]);
      await tickAt('2024-03-11T13:40:00Z');
      expect(h.poster.posts.map((p) => p.at.toISOString())).toEqual(['2024-03-11T13:40:00.000Z']);
      await h.store.subscriptions.remove(channel);
      await tickAt('2024-03-12T13:40:00Z');
      expect(h.poster.posts).toHaveLength(1);
    });
  });
});

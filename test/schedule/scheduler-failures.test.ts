import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentPostError } from '../../src/schedule/poster.js';
import type { DigestSource } from '../../src/schedule/poster.js';
import { Harness, storeFactories, MONDAY_0900, channel } from './harness.js';


describe.each(storeFactories)('the scheduler, failures on $name', (factory) => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create(factory);
  });
  afterEach(() => h.cleanup());

  describe('Scheduler: failures', () => {
    it('retries a failing post with backoff, logging each failure, and records the message id', async () => {
      await h.subscribe();
      h.clock.set(MONDAY_0900);
      h.poster.failNext(new Error('HTTP 503'), new Error('ETIMEDOUT'));
      expect(await h.scheduler().evaluate(channel)).toBe('posted');
      expect(h.poster.calls).toBe(3);
      expect(h.poster.posts).toHaveLength(1);
      expect(h.clock.sleeps).toEqual([30_000, 120_000]);
      expect(await h.record()).toMatchObject({ state: 'posted', attempts: 3, lastError: 'ETIMEDOUT', messageId: 'm1', late: false });
      expect(h.logger.entries.filter((e) => e.level === 'warn').map((e) => [e.fields.attempt, e.fields.retryInMs])).toEqual([
        [1, 30_000],
        [2, 120_000],
      ]);
    });

    it('gives up after the last retry, logs an error, keeps the subscription, and posts again the next day', async () => {
      await h.subscribe();
      h.clock.set(MONDAY_0900);
      h.poster.failNext(...Array.from({ length: 4 }, () => new Error('HTTP 500')));
      expect(await h.scheduler().evaluate(channel)).toBe('failed');
      expect(h.poster.calls).toBe(4);
      expect(await h.record()).toMatchObject({ state: 'failed', attempts: 4, lastError: 'HTTP 500' });
      expect(h.logger.entries.some((e) => e.level === 'error' && e.message.includes('gave up after 4 attempts'))).toBe(true);
      expect((await h.store.subscriptions.get(channel))?.status).toBe('active');
      h.clock.set('2024-03-12T13:00:00Z');
      expect(await h.scheduler().evaluate(channel)).toBe('posted');
    });

    it('pauses the subscription on a permanent failure, at once, with the reason, and the tick leaves it alone', async () => {
      await h.subscribe();
      const s = h.scheduler();
      s.start();
      h.clock.set(MONDAY_0900);
      h.poster.failNext(new PermanentPostError('the bot is no longer a member of this channel'));
      expect(await s.evaluate(channel)).toBe('paused');
      expect(h.poster.calls).toBe(1);
      expect(h.clock.sleeps).toEqual([]);
      expect(await h.store.subscriptions.get(channel)).toMatchObject({
        status: 'paused',
        pausedReason: 'posting failed on 2024-03-11: the bot is no longer a member of this channel',
      });
      h.clock.set('2024-03-12T13:00:00Z');
      h.jobs.live()[0]!.fire();
      await s.settled();
      expect(h.poster.calls).toBe(1);
      expect(await s.evaluate(channel)).toBe('waiting');
    });

    it('records a digest that cannot be composed as failed, and logs it', async () => {
      await h.subscribe();
      h.clock.set(MONDAY_0900);
      const broken: DigestSource = () => {
        throw new Error('timeline not loaded');
      };
      expect(await h.scheduler({ digest: broken }).evaluate(channel)).toBe('failed');
      expect(h.poster.calls).toBe(0);
      expect(await h.record()).toMatchObject({ state: 'failed', lastError: 'composing the digest failed: timeline not loaded' });
      expect(h.logger.entries.some((e) => e.level === 'error')).toBe(true);
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, storeFactories, MONDAY_0800, MONDAY_0900, channel, nine } from './harness.js';


describe.each(storeFactories)('the scheduler on $name', (factory) => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create(factory);
  });
  afterEach(() => h.cleanup());

  describe('Scheduler: one minute tick follows the subscriptions as stored', () => {
    // Replaces "one job per active subscription, in its zone": the design now has a single job, and
    // what that test checked (a change, a pause, a removal is followed) is checked on what gets posted.
    it('runs one job, every minute in UTC, and each tick evaluates the active subscriptions as they are now', async () => {
      const discord = { platform: 'discord', channelId: 'D1' };
      await h.subscribe({ ...nine, time: '08:10', timeZone: 'Asia/Kolkata' }, MONDAY_0800);
      await h.subscribe(nine, MONDAY_0800, discord);
      await h.store.subscriptions.pause(discord, 'gone', new Date(MONDAY_0800));
      const s = h.scheduler();
      s.start();
      await s.settled();
      expect(h.jobs.live().map((j) => [j.pattern, j.timeZone, j.name])).toEqual([['* * * * *', 'UTC', 'digest:tick']]);
      const tickAt = async (instant: string): Promise<void> => {
        h.clock.set(instant);
        h.jobs.live()[0]!.fire();
        await s.settled();
      };
      await tickAt('2024-03-12T02:40:00Z'); // 08:10 in Kolkata (UTC+5:30); the paused channel is left alone
      expect(h.poster.posts.map((p) => [p.target.channelId, p.at.toISOString()])).toEqual([['C1', '2024-03-12T02:40:00.000Z']]);

      await h.subscribe({ ...nine, time: '09:45' }, '2024-03-12T14:00:00Z');
      await h.subscribe(nine, '2024-03-12T14:00:00Z', discord);
      await tickAt('2024-03-13T02:40:00Z'); // C1's old time: nothing
      await tickAt('2024-03-13T13:00:00Z'); // 09:00 New York: the resumed D1
      await tickAt('2024-03-13T13:45:00Z'); // 09:45 New York: C1 at its new time
      await h.store.subscriptions.remove(channel);
      await tickAt('2024-03-14T13:45:00Z');
      expect(h.poster.posts.map((p) => [p.target.channelId, p.at.toISOString()])).toEqual([
        ['C1', '2024-03-12T02:40:00.000Z'],
        ['D1', '2024-03-13T13:00:00.000Z'],
        ['C1', '2024-03-13T13:45:00.000Z'],
        ['D1', '2024-03-14T13:45:00.000Z'],
      ]);
      expect(await h.store.posts.latest(discord)).toMatchObject({ localDate: '2024-03-14', late: true });
      await s.stop();
      expect(h.jobs.live()).toEqual([]);
    });
  });

  describe('Scheduler: only the platforms this process is connected to', () => {
    it('leaves other platforms’ subscriptions (and their claims) to a process connected to them', async () => {
      await h.subscribe();
      await h.subscribe(nine, '2024-03-01T00:00:00Z', { platform: 'discord', channelId: 'D1' });
      h.clock.set('2024-03-11T15:30:00Z');
      const discordOnly = h.scheduler({ platforms: ['discord'] });
      discordOnly.start();
      await discordOnly.settled();
      await h.subscribe({ ...nine, time: '10:00' });
      h.clock.set('2024-03-11T16:00:00Z');
      h.jobs.live()[0]!.fire();
      await discordOnly.settled();
      expect(h.poster.posts.map((p) => p.target)).toEqual([{ platform: 'discord', channelId: 'D1' }]);
      expect(await h.record()).toBeNull();
    });
  });

  describe('Scheduler: once per channel per local day', () => {
    it('posts on time when the job fires at the subscription’s time, and never twice that day', async () => {
      await h.subscribe();
      const s = h.scheduler();
      s.start();
      await s.settled();
      expect(h.poster.posts).toEqual([]);

      h.clock.set(MONDAY_0900);
      h.jobs.live()[0]!.fire();
      await s.settled();
      for (const minutes of [15, 30, 600]) {
        h.clock.set(new Date(Date.parse(MONDAY_0900) + minutes * 60_000));
        h.jobs.live()[0]!.fire();
        await s.settled();
      }
      expect(h.poster.posts.map((p) => [p.text.split('\n')[0], p.at.toISOString()])).toEqual([['Digest for 2024-03-11', '2024-03-11T13:00:00.000Z']]);
      expect(await h.record()).toMatchObject({ localDate: '2024-03-11', state: 'posted', messageId: 'm1', late: false, attempts: 1 });
    });

    it('a restart after the scheduled time catches up with one post, marked late; a second restart adds none', async () => {
      await h.subscribe();
      h.clock.set('2024-03-11T15:30:00Z');
      const first = h.scheduler();
      first.start();
      await first.stop();
      const second = h.scheduler();
      second.start();
      await second.stop();
      expect(h.poster.posts).toHaveLength(1);
      expect(await h.record()).toMatchObject({ localDate: '2024-03-11', state: 'posted', late: true });
    });

    it('a long outage brings one catch-up post for today, not one per missed day', async () => {
      await h.subscribe();
      h.clock.set('2024-03-01T14:00:00Z'); // 09:00 EST
      const before = h.scheduler();
      before.start();
      await before.stop();
      // Down from 1 March to the afternoon of 11 March: six weekdays missed.
      h.clock.set('2024-03-11T19:00:00Z');
      const after = h.scheduler();
      after.start();
      await after.settled();
      h.clock.advance(15 * 60_000);
      h.jobs.live()[0]!.fire();
      await after.settled();
      expect(h.poster.posts.map((p) => p.text.split('\n')[0])).toEqual(['Digest for 2024-03-01', 'Digest for 2024-03-11']);
      expect((await h.store.posts.list(channel)).map((p) => [p.localDate, p.late])).toEqual([
        ['2024-03-01', false],
        ['2024-03-11', true],
      ]);
    });

    it('does not post for a subscription made after today’s time, until tomorrow', async () => {
      await h.subscribe(nine, '2024-03-11T14:00:00Z');
      h.clock.set('2024-03-11T14:00:00Z');
      const s = h.scheduler();
      s.start();
      await s.settled();
      h.clock.set('2024-03-12T13:00:00Z');
      await s.evaluate(channel);
      expect(h.poster.posts.map((p) => p.text.split('\n')[0])).toEqual(['Digest for 2024-03-12']);
    });
  });

  describe('Scheduler: quiet days', () => {
    it('posts nothing when the channel chose quiet, and records the day as done', async () => {
      await h.subscribe({ ...nine, quietDay: 'quiet' });
      h.clock.set(MONDAY_0900);
      const s = h.scheduler({ digest: () => null });
      expect(await s.evaluate(channel)).toBe('skipped');
      expect(await s.evaluate(channel)).toBe('waiting');
      expect(h.poster.calls).toBe(0);
      expect((await h.record())?.state).toBe('skipped');
    });

    it('posts the one-line note when the channel chose note', async () => {
      await h.subscribe({ ...nine, quietDay: 'note' });
      h.clock.set(MONDAY_0900);
      await h.scheduler({ digest: () => null }).evaluate(channel);
      expect(h.poster.posts.map((p) => p.text)).toEqual(['Nothing on the timeline today or in the coming week.']);
    });
  });
});

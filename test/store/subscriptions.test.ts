import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/open.js';
import type { SubscriptionSettings } from '../../src/store/types.js';
import { tempStores } from './temp-store.js';

const channel = { platform: 'slack', channelId: 'C1' };
const tokyo: SubscriptionSettings = { time: '08:30', timeZone: 'Asia/Tokyo', cadence: 'weekdays', quietDay: 'note' };
const t0 = new Date('2024-03-11T00:00:00.000Z');
const t1 = new Date('2024-03-12T00:00:00.000Z');

let stores: ReturnType<typeof tempStores>;
let store: Store;
beforeEach(() => {
  stores = tempStores();
  store = stores.open();
});
afterEach(() => stores.cleanup());

describe('subscriptions', () => {
  it('saves a subscription to disk: another connection sees it at once', () => {
    const saved = store.subscriptions.save(channel, tokyo, { now: t0, by: 'U1' });
    expect(saved).toEqual({ ...channel, ...tokyo, status: 'active', pausedReason: null, activeSince: t0, updatedBy: 'U1', updatedAt: t0 });
    expect(stores.open().subscriptions.get(channel)).toEqual(saved);
  });

  it('keeps one subscription per platform and channel; saving again replaces it and restarts it', () => {
    store.subscriptions.save(channel, tokyo, { now: t0, by: 'U1' });
    store.subscriptions.save({ platform: 'discord', channelId: 'C1' }, tokyo, { now: t0, by: 'U1' });
    const updated = store.subscriptions.save(channel, { ...tokyo, time: '10:00', cadence: 'daily' }, { now: t1, by: 'U2' });
    expect(updated).toMatchObject({ time: '10:00', cadence: 'daily', activeSince: t1, updatedBy: 'U2' });
    expect(store.subscriptions.list().map((s) => `${s.platform}/${s.channelId}`)).toEqual(['discord/C1', 'slack/C1']);
  });

  it('pauses with a reason, and a new save resumes', () => {
    store.subscriptions.save(channel, tokyo, { now: t0, by: 'U1' });
    expect(store.subscriptions.pause(channel, 'channel_not_found', t1)).toMatchObject({ status: 'paused', pausedReason: 'channel_not_found' });
    expect(store.subscriptions.save(channel, tokyo, { now: t1, by: 'U1' })).toMatchObject({ status: 'active', pausedReason: null });
    expect(store.subscriptions.pause({ platform: 'slack', channelId: 'nope' }, 'x', t1)).toBeNull();
  });

  it('removes, and says whether there was anything to remove', () => {
    store.subscriptions.save(channel, tokyo, { now: t0, by: 'U1' });
    expect(store.subscriptions.remove(channel)).toBe(true);
    expect(store.subscriptions.remove(channel)).toBe(false);
    expect(store.subscriptions.get(channel)).toBeNull();
  });

  it('rejects a malformed time at the database, whatever the caller checked', () => {
    expect(() => store.subscriptions.save(channel, { ...tokyo, time: '9:00' }, { now: t0, by: null })).toThrow(/CHECK/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import type { SubscriptionSettings } from '../../src/store/types.js';
import { storeFactories, type TestStores } from './store-factories.js';

const channel = { platform: 'slack', channelId: 'C1' };
const tokyo: SubscriptionSettings = { time: '08:30', timeZone: 'Asia/Tokyo', cadence: 'weekdays', quietDay: 'note' };
const t0 = new Date('2024-03-11T00:00:00.000Z');
const t1 = new Date('2024-03-12T00:00:00.000Z');

describe.each(storeFactories)('subscriptions on $name', (factory) => {
let stores: TestStores;
let store: Store;
beforeEach(async () => {
  stores = await factory.create();
  store = await stores.open();
});
afterEach(() => stores.cleanup());

  it('saves a subscription to disk: another connection sees it at once', async () => {
    const saved = await store.subscriptions.save(channel, tokyo, { now: t0, by: 'U1' });
    expect(saved).toEqual({ ...channel, ...tokyo, status: 'active', pausedReason: null, activeSince: t0, updatedBy: 'U1', updatedAt: t0 });
    expect(await (await stores.open()).subscriptions.get(channel)).toEqual(saved);
  });

  it('keeps one subscription per platform and channel; saving again replaces it and restarts it', async () => {
    await store.subscriptions.save(channel, tokyo, { now: t0, by: 'U1' });
    await store.subscriptions.save({ platform: 'discord', channelId: 'C1' }, tokyo, { now: t0, by: 'U1' });
    const updated = await store.subscriptions.save(channel, { ...tokyo, time: '10:00', cadence: 'daily' }, { now: t1, by: 'U2' });
    expect(updated).toMatchObject({ time: '10:00', cadence: 'daily', activeSince: t1, updatedBy: 'U2' });
    expect((await store.subscriptions.list()).map((s) => `${s.platform}/${s.channelId}`)).toEqual(['discord/C1', 'slack/C1']);
  });

  it('pauses with a reason, and a new save resumes', async () => {
    await store.subscriptions.save(channel, tokyo, { now: t0, by: 'U1' });
    expect(await store.subscriptions.pause(channel, 'channel_not_found', t1)).toMatchObject({ status: 'paused', pausedReason: 'channel_not_found' });
    expect(await store.subscriptions.save(channel, tokyo, { now: t1, by: 'U1' })).toMatchObject({ status: 'active', pausedReason: null });
    expect(await store.subscriptions.pause({ platform: 'slack', channelId: 'nope' }, 'x', t1)).toBeNull();
  });

  it('removes, and says whether there was anything to remove', async () => {
    await store.subscriptions.save(channel, tokyo, { now: t0, by: 'U1' });
    expect(await store.subscriptions.remove(channel)).toBe(true);
    expect(await store.subscriptions.remove(channel)).toBe(false);
    expect(await store.subscriptions.get(channel)).toBeNull();
  });

  it('rejects a malformed time at the database, whatever the caller checked', async () => {
    await expect(store.subscriptions.save(channel, { ...tokyo, time: '9:00' }, { now: t0, by: null })).rejects.toThrow(/CHECK|check constraint/);
  });
});

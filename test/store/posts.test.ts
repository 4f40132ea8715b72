import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewClaim, Store } from '../../src/store/store.js';
import { storeFactories, type TestStores } from './store-factories.js';

const at = (iso: string): Date => new Date(iso);
const claim = (overrides: Partial<NewClaim> = {}): NewClaim => ({
  platform: 'slack',
  channelId: 'C1',
  localDate: '2024-03-11',
  dueAt: at('2024-03-11T13:00:00.000Z'),
  late: false,
  owner: 'A',
  now: at('2024-03-11T13:00:00.000Z'),
  leaseUntil: at('2024-03-11T13:10:00.000Z'),
  ...overrides,
});

describe.each(storeFactories)('posts on $name: the claim per channel per local day', (factory) => {
let stores: TestStores;
let a: Store;
let b: Store;
beforeEach(async () => {
  stores = await factory.create();
  a = await stores.open();
  b = await stores.open();
});
afterEach(() => stores.cleanup());

  it('lets exactly one of two connections claim a day', async () => {
    const won = await a.posts.claim(claim());
    expect(won).toMatchObject({ localDate: '2024-03-11', owner: 'A', state: 'claimed', attempts: 0, late: false, messageId: null });
    expect(await b.posts.claim(claim({ owner: 'B' }))).toBeNull();
    // Another day, or another channel, is another claim.
    expect(await b.posts.claim(claim({ owner: 'B', localDate: '2024-03-12' }))).not.toBeNull();
    expect(await b.posts.claim(claim({ owner: 'B', channelId: 'C2' }))).not.toBeNull();
    expect((await a.posts.latest({ platform: 'slack', channelId: 'C1' }))?.localDate).toBe('2024-03-12');
  });

  it('walks claimed → sending → claimed (retry) → sending → posted, only for its owner', async () => {
    const post = (await a.posts.claim(claim()))!;
    const lease = at('2024-03-11T13:20:00.000Z');
    expect(await b.posts.startAttempt(post.id, 'B', lease)).toBe(false);
    expect(await a.posts.startAttempt(post.id, 'A', lease)).toBe(true);
    expect(await a.posts.attemptFailed(post.id, 'A', 'HTTP 503', lease)).toBe(true);
    expect(await a.posts.startAttempt(post.id, 'A', lease)).toBe(true);
    expect(await b.posts.posted(post.id, 'B', 'x', lease)).toBe(false);
    expect(await a.posts.posted(post.id, 'A', 'm1', at('2024-03-11T13:01:00.000Z'))).toBe(true);
    expect(await b.posts.get(post.id)).toMatchObject({ state: 'posted', attempts: 2, lastError: 'HTTP 503', messageId: 'm1', postedAt: at('2024-03-11T13:01:00.000Z') });
  });

  it('hands a claim over only once its lease has run out, and only if no send was in flight', async () => {
    const post = (await a.posts.claim(claim()))!;
    expect(await b.posts.takeOver(post.id, 'B', true, at('2024-03-11T13:09:59.999Z'), at('2024-03-11T13:30:00.000Z'))).toBeNull();
    expect(await b.posts.takeOver(post.id, 'B', true, at('2024-03-11T13:10:00.000Z'), at('2024-03-11T13:30:00.000Z'))).toMatchObject({ owner: 'B', late: true });
    // The old owner can no longer touch it.
    expect(await a.posts.startAttempt(post.id, 'A', at('2024-03-11T13:40:00.000Z'))).toBe(false);
    expect(await b.posts.startAttempt(post.id, 'B', at('2024-03-11T13:40:00.000Z'))).toBe(true);
    expect(await a.posts.takeOver(post.id, 'A', true, at('2024-03-11T14:00:00.000Z'), at('2024-03-11T14:10:00.000Z'))).toBeNull();
  });

  it('settles a send whose holder vanished as unknown, after the lease, and still records its message id if it returns', async () => {
    const post = (await a.posts.claim(claim()))!;
    await a.posts.startAttempt(post.id, 'A', at('2024-03-11T13:10:00.000Z'));
    expect(await b.posts.markUnknown(post.id, at('2024-03-11T13:05:00.000Z'), 'gone')).toBe(false);
    expect(await b.posts.markUnknown(post.id, at('2024-03-11T13:10:00.000Z'), 'gone')).toBe(true);
    expect(await a.posts.posted(post.id, 'A', 'm9', at('2024-03-11T13:11:00.000Z'))).toBe(true);
    expect(await b.posts.get(post.id)).toMatchObject({ state: 'posted', messageId: 'm9' });
  });

  it('releases a claim for an immediate takeover, and abandons a dead one', async () => {
    const post = (await a.posts.claim(claim()))!;
    expect(await a.posts.release(post.id, 'A', at('2024-03-11T13:01:00.000Z'))).toBe(true);
    expect(await b.posts.takeOver(post.id, 'B', false, at('2024-03-11T13:01:00.000Z'), at('2024-03-11T13:11:00.000Z'))).not.toBeNull();
    expect(await a.posts.abandon(post.id, at('2024-03-11T13:11:00.000Z'), 'day over')).toBe(true);
    expect(await a.posts.get(post.id)).toMatchObject({ state: 'failed', lastError: 'day over' });
  });

  it('records quiet days and failures', async () => {
    const quiet = (await a.posts.claim(claim()))!;
    expect(await a.posts.skipped(quiet.id, 'A')).toBe(true);
    const failing = (await a.posts.claim(claim({ localDate: '2024-03-12' })))!;
    await a.posts.startAttempt(failing.id, 'A', at('2024-03-12T13:10:00.000Z'));
    expect(await a.posts.failed(failing.id, 'A', 'channel_not_found')).toBe(true);
    expect((await a.posts.list({ platform: 'slack', channelId: 'C1' })).map((p) => [p.state, p.lastError])).toEqual([
      ['skipped', null],
      ['failed', 'channel_not_found'],
    ]);
  });
});

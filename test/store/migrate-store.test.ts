import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open.js';
import type { Store } from '../../src/store/store.js';
import { briefbotRules } from '../cli/run-cli.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-database.js';
import { tempStores } from './temp-store.js';

/** `briefbot migrate-store`: an installation's SQLite state moved into PostgreSQL, never over existing data. */

let stores: ReturnType<typeof tempStores>;
let database: TestDatabase;
const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  stores.cleanup();
  await database.drop();
});

const channel = { platform: 'slack', channelId: 'C1' };
const at = (iso: string): Date => new Date(iso);

/** A SQLite store with something in every table: a subscription, two days of posts, a button, a vote, a conversation. */
async function filled(): Promise<Store> {
  const store = stores.open();
  await store.subscriptions.save(channel, { time: '09:00', timeZone: 'America/New_York', cadence: 'weekdays', quietDay: 'note' }, { now: at('2024-03-01T00:00:00Z'), by: 'U1' });
  const first = (await store.posts.claim({ ...channel, localDate: '2024-03-11', dueAt: at('2024-03-11T13:00:00Z'), late: false, owner: 'A', now: at('2024-03-11T13:00:00Z'), leaseUntil: at('2024-03-11T13:10:00Z') }))!;
  await store.posts.startAttempt(first.id, 'A', at('2024-03-11T13:10:00Z'));
  await store.posts.posted(first.id, 'A', 'm1', at('2024-03-11T13:00:01Z'));
  await store.posts.claim({ ...channel, localDate: '2024-03-12', dueAt: at('2024-03-12T13:00:00Z'), late: true, owner: 'A', now: at('2024-03-12T13:20:00Z'), leaseUntil: at('2024-03-12T13:30:00Z') });
  await store.buttonActions.save('bb:abc', '{"c":"ask","a":{"question":"long"}}', new Date());
  await store.feedback.record({ question: 'what is JUCIP', shown: [{ rank: 1, passage: 'a.md#1' }], vote: 'good', platform: 'slack', userId: 'U9', at: at('2026-11-02T10:00:00Z') });
  await store.conversations.remember('slack', 'C1:1.1', 'what is JUCIP', new Date());
  return store;
}

describe('briefbot migrate-store', () => {
  it('moves every table, as it is, into an empty PostgreSQL database', async () => {
    stores = tempStores();
    database = await createTestDatabase();
    const source = await filled();
    const run = await briefbotRules(['migrate-store', '--from', `sqlite:${stores.path}`, '--to', database.url]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Moved into PostgreSQL: 1 subscriptions, 2 posts, 1 button_actions, 1 feedback, 1 conversations, 1 store_secrets.\n');
    const target = await openPostgresStore(database.url);
    opened.push(target);
    expect(await target.subscriptions.list()).toEqual(await source.subscriptions.list());
    expect(await target.posts.list(channel)).toEqual(await source.posts.list(channel));
    expect(await target.buttonActions.find('bb:abc')).toBe('{"c":"ask","a":{"question":"long"}}');
    expect(await target.feedback.list()).toEqual(await source.feedback.list());
    expect(await target.conversations.earlier('slack', 'C1:1.1', new Date())).toBe('what is JUCIP');
    // The same voter is still the same voter (the salt moved), and new claims continue the ids.
    expect(await target.feedback.record({ question: 'what is JUCIP', shown: [{ rank: 1, passage: 'a.md#1' }], vote: 'bad', platform: 'slack', userId: 'U9', at: new Date() })).toBe('replaced');
    const next = await target.posts.claim({ ...channel, localDate: '2024-03-13', dueAt: new Date(), late: false, owner: 'B', now: new Date(), leaseUntil: new Date() });
    expect(next?.id).toBe(3);
  });

  it('refuses a target that already holds the bot’s data, and changes nothing there', async () => {
    stores = tempStores();
    database = await createTestDatabase();
    await filled();
    const target = await openPostgresStore(database.url);
    opened.push(target);
    await target.subscriptions.save({ platform: 'discord', channelId: 'D1' }, { time: '07:00', timeZone: 'UTC', cadence: 'daily', quietDay: 'quiet' }, { now: new Date(), by: 'U2' });
    const run = await briefbotRules(['migrate-store', '--from', `sqlite:${stores.path}`, '--to', database.url]);
    expect(run.code).toBe(78);
    expect(run.stderr).toMatch(/already holds briefbot data \(1 in subscriptions\)\. It is never overwritten: give an empty database/);
    expect((await target.subscriptions.list()).map((s) => s.channelId)).toEqual(['D1']);
    expect(await target.posts.list(channel)).toEqual([]);
  });

  it('says what is wrong with the arguments, or a missing source file, before touching anything', async () => {
    stores = tempStores();
    database = await createTestDatabase();
    expect((await briefbotRules(['migrate-store', '--from', stores.path, '--to', database.url])).stderr).toMatch(/needs --from sqlite:PATH/);
    expect((await briefbotRules(['migrate-store', '--from', `sqlite:${stores.path}`, '--to', 'mysql://x'])).code).toBe(2);
    const missing = await briefbotRules(['migrate-store', '--from', `sqlite:${stores.path}`, '--to', database.url]);
    expect(missing.code).toBe(78);
    expect(missing.stderr).toContain(`there is no SQLite database at "${stores.path}"`);
  });
});

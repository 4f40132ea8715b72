import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, ChaosRun, SETTINGS, sleep, type Worker } from '../../bench/chaos-support.js';
import { openPostgresStore } from '../../src/store/postgres/open.js';
import { briefbot } from '../cli/run-cli.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-database.js';
import { freePort, PASSWORD, startPostgresServer, type PostgresServer } from '../support/postgres-server.js';

/**
 * Failures on a real PostgreSQL server, with real bot processes (bench/chaos-worker.ts: a store, a
 * Scheduler ticking every 250 ms, a 3 s lease, posts appended to one shared log). Each bot's clock
 * is shifted so that the due minute comes a few seconds after the run starts.
 */

const SINCE = new Date('2030-01-01T00:00:00Z');
let run: ChaosRun | undefined;
let database: TestDatabase | undefined;

afterEach(async () => {
  await run?.cleanup();
  run = undefined;
  await database?.drop();
  database = undefined;
});

async function subscribe(url: string): Promise<void> {
  const store = await openPostgresStore(url);
  await store.subscriptions.save(CHANNEL, SETTINGS, { now: SINCE, by: 'U1' });
  await store.close();
}

async function record(url: string) {
  const store = await openPostgresStore(url);
  try {
    return await store.posts.latest(CHANNEL);
  } finally {
    await store.close();
  }
}

const ready = (worker: Worker): Promise<string> => worker.waitFor((line) => line === 'ready');

describe('PostgreSQL failures, with bot processes', () => {
  it('three bot processes on one database post the digest once', async () => {
    database = await createTestDatabase();
    await subscribe(database.url);
    run = new ChaosRun(2_500, database.url);
    const bots = ['a', 'b', 'c'].map((name) => run!.bot(name));
    await Promise.all(bots.map(ready));
    await run.postsReach(1, 10_000);
    await sleep(1_000); // four more ticks of each bot: time for a second post, were there to be one
    const posts = run.posts();
    expect(posts).toHaveLength(1);
    expect(await record(database.url)).toMatchObject({ state: 'posted', owner: posts[0]!.by, attempts: 1 });
  });

  it('kill -9 between the claim and the send: another process takes the claim over after its lease and posts once', async () => {
    database = await createTestDatabase();
    await subscribe(database.url);
    run = new ChaosRun(1_500, database.url);
    const a = run.bot('a', 'compose');
    await a.waitFor((line) => line === 'CLAIMED');
    await a.kill('SIGKILL');
    expect(await record(database.url)).toMatchObject({ state: 'claimed', owner: 'a' });
    const b = run.bot('b');
    await run.postsReach(1, 15_000);
    await sleep(750);
    expect(run.posts().map((post) => post.by)).toEqual(['b']);
    expect(await record(database.url)).toMatchObject({ state: 'posted', owner: 'b' });
    await b.waitFor((line) => line.includes('resuming a claim whose holder stopped'));
  });

  it('kill -9 during the send: the day is marked as perhaps posted, never sent again', async () => {
    database = await createTestDatabase();
    await subscribe(database.url);
    run = new ChaosRun(1_500, database.url);
    const a = run.bot('a', 'send');
    await a.waitFor((line) => line === 'SENDING');
    await a.kill('SIGKILL');
    const b = run.bot('b');
    await b.waitFor((line) => line.includes('a send was in flight when its instance stopped; reported, not sent again'), 15_000);
    await sleep(750);
    expect(run.posts()).toEqual([]);
    expect(await record(database.url)).toMatchObject({ state: 'unknown', owner: 'a', messageId: null });
    expect(await b.command('status C1')).toContain('may not have been posted');
  });
});

describe('PostgreSQL failures: the server itself', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    // A server of its own: stopping the run's shared one would fail other files' tests.
    server = await startPostgresServer();
  }, 60_000);
  afterAll(() => server?.stop());

  it('the database restarted while the bot runs: the bot logs, retries, keeps running, and posts the day once', async () => {
    database = await createTestDatabase(server.url('postgres'));
    await subscribe(database.url);
    run = new ChaosRun(2_500, database.url);
    const bot = run.bot('a');
    await ready(bot);
    server.halt();
    await bot.waitFor((line) => line.startsWith('LOG warn') && /unreachable|connection was lost/.test(line), 10_000);
    await sleep(1_000);
    server.resume();
    await run.postsReach(1, 15_000);
    await sleep(750);
    expect(run.posts().map((post) => post.by)).toEqual(['a']);
    expect(await record(database.url)).toMatchObject({ state: 'posted', owner: 'a' });
    // Still running: it answers a command.
    expect(await bot.command('status C1')).toContain('This channel gets the digest at 09:00 UTC');
  });

  it('the database unreachable at start: `briefbot start` exits 1 at once, naming DATABASE_URL; bad credentials exit 78', async () => {
    const port = await freePort();
    const refused = await briefbot(['start'], '', { DATABASE_URL: `postgres://briefbot:${PASSWORD}@127.0.0.1:${port}/briefbot` });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/DATABASE_URL\): the server cannot be reached/);
    expect(refused.stderr).not.toContain(PASSWORD);
    const wrong = new URL(server.url('postgres'));
    wrong.password = 'wrong';
    const denied = await briefbot(['start'], '', { DATABASE_URL: wrong.toString() });
    expect(denied.code).toBe(78);
    expect(denied.stderr).toMatch(/briefbot: configuration: .*DATABASE_URL\): the server refused the user name or password/);
  });
});

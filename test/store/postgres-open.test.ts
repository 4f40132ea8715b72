import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/error.js';
import { migrations } from '../../src/store/migrations/index.js';
import { openPostgresStore } from '../../src/store/postgres/open.js';
import { postgresMigrations } from '../../src/store/postgres/migrations.js';
import type { Store } from '../../src/store/store.js';
import { recordingLogger } from '../schedule/fakes.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-database.js';
import { freePort, PASSWORD } from '../support/postgres-server.js';

/** The PostgreSQL store's own start-up: the URL, the server's refusals, the migrations, a lost connection. */

let database: TestDatabase | undefined;
const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await database?.drop();
  database = undefined;
});

async function open(url: string, logger = recordingLogger()): Promise<Store> {
  const store = await openPostgresStore(url, logger);
  opened.push(store);
  return store;
}

const withPassword = (url: string, password: string): string => {
  const changed = new URL(url);
  changed.password = password;
  return changed.toString();
};

describe('PostgreSQL store: errors at start name DATABASE_URL and the fix', () => {
  it('a value that is not a PostgreSQL URL', async () => {
    await expect(openPostgresStore('postgres//oops')).rejects.toThrow(/^DATABASE_URL: "postgres\/\/oops" is not a URL/);
    await expect(openPostgresStore('mysql://u:secret@127.0.0.1/db')).rejects.toThrow(/DATABASE_URL: "mysql:\/\/u:\*\*\*@127\.0\.0\.1\/db" is not a PostgreSQL URL/);
    await expect(openPostgresStore('postgres://127.0.0.1')).rejects.toThrow(/needs a host and a database name/);
    await expect(openPostgresStore('postgres//oops')).rejects.toBeInstanceOf(ConfigError);
  });

  it('a refused connection: nothing listens at the port', async () => {
    const port = await freePort();
    const attempt = openPostgresStore(`postgres://briefbot:${PASSWORD}@127.0.0.1:${port}/briefbot`);
    await expect(attempt).rejects.toThrow(
      new RegExp(`cannot use the PostgreSQL database "postgres://briefbot:\\*\\*\\*@127\\.0\\.0\\.1:${port}/briefbot" \\(DATABASE_URL\\): the server cannot be reached .*Check that PostgreSQL is running`),
    );
    // Perhaps still starting: not a configuration error, so a supervisor may try again.
    await expect(attempt).rejects.not.toBeInstanceOf(ConfigError);
  });

  it('bad credentials, and a database that does not exist', async () => {
    database = await createTestDatabase();
    const wrong = openPostgresStore(withPassword(database.url, 'not-the-password'));
    await expect(wrong).rejects.toThrow(/\(DATABASE_URL\): the server refused the user name or password .*Fix the user and password in DATABASE_URL/);
    await expect(wrong).rejects.toBeInstanceOf(ConfigError);
    await expect(wrong).rejects.not.toThrow(/not-the-password/);
    const missing = new URL(database.url);
    missing.pathname = '/no_such_database';
    await expect(openPostgresStore(missing.toString())).rejects.toThrow(/the database does not exist .*CREATE DATABASE/);
  });
});

describe('PostgreSQL store: migrations', () => {
  it('has the same migrations as SQLite, version for version', () => {
    expect(postgresMigrations.map((m) => [m.version, m.name])).toEqual(migrations.map((m) => [m.version, m.name]));
  });

  it('three replicas starting at once on a new database migrate it once', async () => {
    database = await createTestDatabase();
    const url = database.url;
    const stores = await Promise.all([open(url), open(url), open(url)]);
    expect(await Promise.all(stores.map((store) => store.subscriptions.list()))).toEqual([[], [], []]);
    const client = new pg.Client(url);
    await client.connect();
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    expect(rows.map((row) => row.version)).toEqual(postgresMigrations.map((m) => m.version));
  });

  it('refuses a database from a newer build, naming DATABASE_URL', async () => {
    database = await createTestDatabase();
    await (await open(database.url)).close();
    opened.length = 0;
    const client = new pg.Client(database.url);
    await client.connect();
    await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', now())");
    await client.end();
    await expect(openPostgresStore(database.url)).rejects.toThrow(new RegExp(`schema version 99.*knows only up to ${postgresMigrations.length}.*DATABASE_URL`, 's'));
  });
});

describe('PostgreSQL store: a connection lost while running', () => {
  it('is logged and replaced; the next statement works, and nothing crashes', async () => {
    database = await createTestDatabase();
    const logger = recordingLogger();
    const store = await open(database.url, logger);
    const channel = { platform: 'slack', channelId: 'C1' };
    await store.subscriptions.save(channel, { time: '09:00', timeZone: 'UTC', cadence: 'daily', quietDay: 'note' }, { now: new Date(), by: 'U1' });
    // What a server restart or a fail-over does to the idle connections: cut them from the server side.
    const admin = new pg.Client(database.url);
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    await admin.end();
    expect((await store.subscriptions.get(channel))?.time).toBe('09:00');
    await expect.poll(() => logger.entries.some((e) => e.level === 'warn' && e.message.startsWith('store: a PostgreSQL connection was lost'))).toBe(true);
  });
});

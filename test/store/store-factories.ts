import type { Store } from '../../src/store/store.js';
import { openPostgresStore } from '../../src/store/postgres/open.js';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/postgres-database.js';
import { tempStores } from './temp-store.js';

/**
 * A fresh, empty database of one engine, opened as many times as a test needs (each open is a
 * connection, as another process would have), and removed by `cleanup()`.
 */
export interface TestStores {
  /** The SQLite file or the PostgreSQL URL, for a child process to open. */
  location: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export interface StoreFactory {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestStores>;
}

export const sqliteFactory: StoreFactory = {
  name: 'sqlite',
  async create() {
    const stores = tempStores();
    return { location: stores.path, open: async () => stores.open(), cleanup: async () => stores.cleanup() };
  },
};

/**
 * One database per test file (CREATE DATABASE, so files run in parallel), emptied for each test:
 * a new database per test would cost a third of a second each. The server's teardown removes them.
 */
let fileDatabase: Promise<TestDatabase> | null = null;

async function emptied(): Promise<TestDatabase> {
  const database = await (fileDatabase ??= createTestDatabase());
  const client = new pg.Client(database.url);
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
    if (rows.length > 0) await client.query(`DROP TABLE ${rows.map((row) => `"${row.name}"`).join(', ')} CASCADE`);
  } finally {
    await client.end();
  }
  return database;
}

export const postgresFactory: StoreFactory = {
  name: 'postgres',
  async create() {
    const database = await emptied();
    const opened: Store[] = [];
    return {
      location: database.url,
      async open() {
        const store = await openPostgresStore(database.url);
        opened.push(store);
        return store;
      },
      async cleanup() {
        await Promise.all(opened.splice(0).map((store) => store.close()));
      },
    };
  },
};

/**
 * Both stores, for describe.each: the store and scheduler suites run the same tests on SQLite and
 * on PostgreSQL, proving the same guarantees. `npm run test:postgres` picks PostgreSQL alone
 * (STORES=postgres).
 */
export const storeFactories: readonly StoreFactory[] = [sqliteFactory, postgresFactory].filter((factory) => !process.env.STORES || process.env.STORES.split(',').includes(factory.name));

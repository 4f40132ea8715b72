import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { migrate } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open.js';
import { SubscriptionRepository } from '../../src/store/subscriptions.js';
import { tempStores } from './temp-store.js';

let stores: ReturnType<typeof tempStores>;
afterEach(() => stores.cleanup());

function versions(path: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
  } finally {
    db.close();
  }
}

describe('openStore and migrations', () => {
  it('creates the folder and the file on first start and applies every migration once', async () => {
    stores = tempStores();
    expect(existsSync(stores.path)).toBe(false);
    await stores.open().close();
    expect(existsSync(stores.path)).toBe(true);
    expect(versions(stores.path)).toEqual(migrations.map((m) => m.version));
    // A restart applies nothing new and keeps the data.
    const again = stores.open();
    await again.subscriptions.save({ platform: 'slack', channelId: 'C1' }, { time: '09:00', timeZone: 'UTC', cadence: 'daily', quietDay: 'note' }, { now: new Date(), by: null });
    await again.close();
    expect(versions(stores.path)).toEqual(migrations.map((m) => m.version));
    expect(await stores.open().subscriptions.list()).toHaveLength(1);
  });

  it('two instances opening one new file at once migrate it once', async () => {
    stores = tempStores();
    const a = stores.open();
    const b = stores.open();
    expect(await a.subscriptions.list()).toEqual([]);
    expect(await b.subscriptions.list()).toEqual([]);
    expect(versions(stores.path)).toEqual(migrations.map((m) => m.version));
  });

  it('refuses a database from a newer build, naming the file and the fix', async () => {
    stores = tempStores();
    await stores.open().close();
    const db = new Database(stores.path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00.000Z')").run();
    db.close();
    expect(() => stores.open()).toThrow(new RegExp(`schema version 99.*knows only up to ${migrations.length}.*DATABASE_PATH`, 's'));
  });

  it('upgrades a database from an earlier build in place, keeping its subscriptions', async () => {
    stores = tempStores();
    const db = openDatabase(stores.path);
    migrate(db, migrations.slice(0, 1), stores.path);
    await new SubscriptionRepository(db).save({ platform: 'discord', channelId: 'D1' }, { time: '09:00', timeZone: 'UTC', cadence: 'daily', quietDay: 'note' }, { now: new Date(), by: null });
    db.close();
    const upgraded = stores.open();
    expect(versions(stores.path)).toEqual(migrations.map((m) => m.version));
    expect((await upgraded.subscriptions.list()).map((s) => s.channelId)).toEqual(['D1']);
    await upgraded.buttonActions.save('bb:x', '{"c":"ask","a":{}}', new Date());
    expect(await upgraded.buttonActions.find('bb:x')).toBe('{"c":"ask","a":{}}');
  });

  it('rejects a migration list with a gap before touching the database', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'two', sql: 'SELECT 1' }], ':memory:')).toThrow(/version 2, expected 1/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'schema_migrations'").get()).toBeUndefined();
    db.close();
  });

  it('says which path it cannot open, and how to fix it', async () => {
    stores = tempStores();
    await stores.open().close();
    // Under the database file, as if it were a folder: cannot be created.
    const bad = `${stores.path}/nested.db`;
    expect(() => openStore(bad)).toThrow(`briefbot store: cannot open the database at "${bad}"`);
    expect(() => openStore(bad)).toThrow(/Set DATABASE_PATH/);
  });
});

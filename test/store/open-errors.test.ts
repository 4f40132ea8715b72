import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/error.js';
import { openStore, storeOn } from '../../src/store/open.js';
import { briefbot } from '../cli/run-cli.js';
import { tempStores } from './temp-store.js';

/**
 * A database that cannot be used is the operator's to fix: the error names the file, DATABASE_PATH
 * and what to do, and is a ConfigError, so `briefbot start` exits 78.
 */

let stores: ReturnType<typeof tempStores>;
afterEach(() => stores.cleanup());

/** A store file with a few subscriptions, closed, its WAL folded in: ready to be damaged. */
function fullStore(): string {
  stores = tempStores();
  const store = stores.open();
  for (let i = 0; i < 200; i++) {
    store.subscriptions.save({ platform: 'slack', channelId: `C${i}` }, { time: '09:00', timeZone: 'UTC', cadence: 'daily', quietDay: 'note' }, { now: new Date(), by: null });
  }
  store.close();
  return stores.path;
}

function openFailure(open: () => unknown): Error {
  try {
    open();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the store not to open');
}

describe('openStore: a file it cannot use', () => {
  it('random bytes: not a database — names the file, DATABASE_PATH and the fix', () => {
    const path = fullStore();
    writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251)));
    const error = openFailure(() => openStore(path));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(`"${path}" (DATABASE_PATH): the file is not a SQLite database (file is not a database)`);
    expect(error.message).toMatch(/Set DATABASE_PATH to the bot’s database file, or move this file aside/);
  });

  it('damaged pages: found at start by the integrity check, not by the first command that reads them', () => {
    const path = fullStore();
    const bytes = readFileSync(path);
    // Overwrite the header of the last page (a page of the subscriptions table).
    bytes.fill(0x41, bytes.length - 4096, bytes.length - 4096 + 64);
    writeFileSync(path, bytes);
    const error = openFailure(() => openStore(path));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(`"${path}" (DATABASE_PATH): the file is damaged`);
    expect(error.message).toMatch(/Restore it from a backup, or move it aside .* or set DATABASE_PATH to another file\./);
  });

  it('read-only: refused at start by a write that changes nothing, not at the first /digest subscribe', () => {
    const path = fullStore();
    // The tests may run as root, where chmod stops no write: a read-only connection is the same refusal.
    const error = openFailure(() => storeOn(new Database(path, { readonly: true }), path));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(`"${path}" (DATABASE_PATH): it is read-only for this process (attempt to write a readonly database)`);
    expect(error.message).toContain('Make the file, its folder and any -wal/-shm files beside it writable by the user running briefbot');
  });

  it('a database from a newer build is a configuration error too', () => {
    const path = fullStore();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00.000Z')").run();
    db.close();
    expect(openFailure(() => openStore(path))).toBeInstanceOf(ConfigError);
  });

  it('briefbot start exits 78 (configuration) with that message', async () => {
    const path = fullStore();
    writeFileSync(path, 'not a database, just some text that is long enough to fill a header: '.repeat(20));
    const run = await briefbot(['start'], '', { DATABASE_PATH: path });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain(`briefbot: configuration: briefbot store: cannot open the database at "${path}" (DATABASE_PATH): the file is not a SQLite database`);
  });
});

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** Open (creating folder and file on first start) the SQLite database at `path`. */
export function openDatabase(path: string): Database.Database {
  const inMemory = path === ':memory:';
  let db: Database.Database;
  try {
    if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (error) {
    throw new Error(`briefbot store: cannot open the database at "${path}" (${(error as Error).message}). Set DATABASE_PATH to a writable file path.`, { cause: error });
  }
  // WAL lets readers (a second instance, /digest status) work while a post is recorded.
  if (!inMemory) db.pragma('journal_mode = WAL');
  // FULL: a subscription is on disk before the user is told it is saved (docs/ARCHITECTURE.md, "State lives in the store").
  db.pragma('synchronous = FULL');
  // Two instances on one file wait for each other's short write transactions instead of failing.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

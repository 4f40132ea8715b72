import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { openError } from './open-error.js';

/**
 * How long a write waits for another process's write lock while the bot runs. better-sqlite3 is
 * synchronous: SQLite's busy wait spins in the one thread that also acknowledges every chat command,
 * so this is how long one stuck write can delay everyone's acknowledgements (Slack gives 3 s). Our
 * own transactions take milliseconds; past this the write fails as busy and its caller answers
 * "try again" (/digest) or retries later, off the event loop (the scheduler).
 */
export const BUSY_TIMEOUT_MS = 50;

/** At start-up nothing is waiting on us yet: wait longer for another instance's migration. */
export const START_BUSY_TIMEOUT_MS = 5_000;

/**
 * Open (creating folder and file on first start) the SQLite database at `path`, with the start-up
 * busy wait; openStore shortens it once the file is checked. Every failure names the file, the
 * variable and the fix (open-error.ts).
 */
export function openDatabase(path: string): Database.Database {
  const inMemory = path === ':memory:';
  let db: Database.Database | undefined;
  try {
    if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma(`busy_timeout = ${START_BUSY_TIMEOUT_MS}`);
    // WAL lets readers (a second instance, /digest status) work while a post is recorded; it is also
    // the first statement to read the file, so a file that is not a database fails here.
    if (!inMemory) db.pragma('journal_mode = WAL');
    // FULL: a subscription is on disk before the user is told it is saved (docs/ARCHITECTURE.md, "State lives in the store").
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db?.close();
    throw openError(path, error);
  }
}

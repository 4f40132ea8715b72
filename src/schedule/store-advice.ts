import type { Store } from '../store/store.js';
import { storeProblem } from '../store/problems.js';

/**
 * The end of a log line about a database error: what the operator can do, naming the database and
 * its variable (DATABASE_PATH or DATABASE_URL). Empty for errors that are not the database's, and
 * for a busy lock (the scheduler retries by itself).
 */
export function storeAdvice(error: unknown, store: Pick<Store, 'path' | 'variable'>): string {
  const { path, variable } = store;
  switch (storeProblem(error)) {
    case 'unavailable':
      return ` — the database ${path} (${variable}) cannot be reached: check that PostgreSQL is running and reachable; briefbot keeps retrying`;
    case 'read-only':
      return ` — the database "${path}" (${variable}) is read-only: make it writable by the user running briefbot, or set ${variable} to a writable database`;
    case 'full':
      return ` — the disk holding "${path}" (${variable}) is full: free some space`;
    case 'damaged':
    case 'not-a-database':
      return ` — the database "${path}" (${variable}) is damaged: stop the bot and restore it from a backup, or move it aside`;
    case 'cannot-open':
      return ` — the database "${path}" (${variable}) cannot be opened: check the file and its folder`;
    case 'busy':
    case null:
      return '';
  }
}

/**
 * What went wrong with the database, in terms the bot can answer with. better-sqlite3 throws a
 * SqliteError whose `code` is SQLite's extended result code ("SQLITE_BUSY", "SQLITE_READONLY_DBMOVED"…);
 * the family is the part before the second underscore.
 */
export type StoreProblem = 'busy' | 'read-only' | 'damaged' | 'not-a-database' | 'full' | 'cannot-open';

const FAMILIES: Readonly<Record<string, StoreProblem>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, StoreProblem>, {
    SQLITE_BUSY: 'busy',
    SQLITE_LOCKED: 'busy',
    SQLITE_READONLY: 'read-only',
    SQLITE_PERM: 'read-only',
    SQLITE_CORRUPT: 'damaged',
    SQLITE_NOTADB: 'not-a-database',
    SQLITE_FULL: 'full',
    SQLITE_CANTOPEN: 'cannot-open',
  }),
);

/** The problem behind an error thrown by the store, or null for anything else (a bug, a CHECK…). */
export function storeProblem(error: unknown): StoreProblem | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  const family = /^SQLITE_[A-Z]+/.exec(error.code)?.[0];
  return family ? (FAMILIES[family] ?? null) : null;
}

/** A write that found another process holding SQLite's write lock (it waited BUSY_TIMEOUT_MS). */
export const isBusy = (error: unknown): boolean => storeProblem(error) === 'busy';

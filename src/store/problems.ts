/**
 * What went wrong with the database, in terms the bot can answer with. better-sqlite3 throws a
 * SqliteError whose `code` is SQLite's extended result code ("SQLITE_BUSY", "SQLITE_READONLY_DBMOVED"…);
 * the family is the part before the second underscore. The PostgreSQL store throws a
 * StoreProblemError instead (src/store/postgres/errors.ts); 'unavailable' is its lost connection.
 */
export type StoreProblem = 'busy' | 'unavailable' | 'read-only' | 'damaged' | 'not-a-database' | 'full' | 'cannot-open';

/** An error the store has already classified (the PostgreSQL store's); the driver's error is its cause. */
export class StoreProblemError extends Error {
  constructor(
    readonly problem: StoreProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreProblemError';
  }
}

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
  if (error instanceof StoreProblemError) return error.problem;
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  const family = /^SQLITE_[A-Z]+/.exec(error.code)?.[0];
  return family ? (FAMILIES[family] ?? null) : null;
}

/** A write that found another process holding SQLite's write lock (it waited BUSY_TIMEOUT_MS). */
export const isBusy = (error: unknown): boolean => storeProblem(error) === 'busy';

/** Worth trying again soon: a lock held by another process, or a connection being re-established. */
export const isRetryable = (error: unknown): boolean => {
  const problem = storeProblem(error);
  return problem === 'busy' || problem === 'unavailable';
};

import { ConfigError } from '../config/error.js';
import { storeProblem, type StoreProblem } from './problems.js';

/** What is wrong with the file, and the fix, addressed to whoever runs the bot. */
const EXPLAINED: Readonly<Record<Exclude<StoreProblem, 'busy' | 'unavailable'>, { what: string; fix: string }>> = {
  'read-only': {
    what: 'it is read-only for this process',
    fix: 'Make the file, its folder and any -wal/-shm files beside it writable by the user running briefbot, or set DATABASE_PATH to a writable file.',
  },
  damaged: {
    what: 'the file is damaged',
    fix: 'Restore it from a backup, or move it aside so that briefbot starts a new, empty database there (channels then subscribe again), or set DATABASE_PATH to another file.',
  },
  'not-a-database': {
    what: 'the file is not a SQLite database',
    fix: 'Set DATABASE_PATH to the bot’s database file, or move this file aside so that briefbot creates a new database there.',
  },
  full: { what: 'the disk is full', fix: 'Free some space, or set DATABASE_PATH to a file on another disk.' },
  'cannot-open': {
    what: 'the file or its folder cannot be opened or created',
    fix: 'Set DATABASE_PATH to a writable file path (its folder is created if missing).',
  },
};

/** A file-system error from creating the folder or opening the file (ENOTDIR, EACCES, EROFS…). */
const isSystemError = (error: unknown): boolean => error instanceof Error && 'errno' in error && 'syscall' in error;

/**
 * The error for a database that failed to open, migrate or take its first write: it names the
 * file, the variable and the fix. A ConfigError, so `briefbot start` exits 78 (src/command-line.ts):
 * the operator must change something before a restart can help. Two cases are not: a lock held by
 * another process through the whole start-up wait (starting again may work), and an error that is
 * not the database's (a bug), which is passed on unchanged.
 */
export function openError(path: string, error: unknown): Error {
  if (error instanceof ConfigError) return error;
  const problem = storeProblem(error) ?? (isSystemError(error) ? 'cannot-open' : null);
  // 'unavailable' is a PostgreSQL connection's (src/store/postgres/errors.ts); a file never gives it.
  if (problem === null || problem === 'unavailable') return error instanceof Error ? error : new Error(String(error));
  const cause = error instanceof Error ? error.message : String(error);
  const at = `briefbot store: cannot open the database at "${path}" (DATABASE_PATH)`;
  if (problem === 'busy') {
    return new Error(`${at}: another process held its write lock through start-up (${cause}). Start again once it is released, or stop the process holding it.`, {
      cause: error,
    });
  }
  const { what, fix } = EXPLAINED[problem];
  return new ConfigError(`${at}: ${what} (${cause}). ${fix}`, { cause: error });
}

/** A damaged file found by the start-up check, whose report is text rather than an error. */
export function damagedError(path: string, report: string): ConfigError {
  const { what, fix } = EXPLAINED.damaged;
  return new ConfigError(`briefbot store: cannot open the database at "${path}" (DATABASE_PATH): ${what} (integrity check: ${report.split('\n').join(' ')}). ${fix}`);
}

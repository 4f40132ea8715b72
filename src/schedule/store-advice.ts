import { storeProblem } from '../store/problems.js';

/**
 * The end of a log line about a database error: what the operator can do, naming the file and
 * DATABASE_PATH. Empty for errors that are not the database's, and for a busy lock (the scheduler
 * retries by itself).
 */
export function storeAdvice(error: unknown, path: string): string {
  switch (storeProblem(error)) {
    case 'read-only':
      return ` — the database "${path}" (DATABASE_PATH) is read-only: make it writable by the user running briefbot, or set DATABASE_PATH to a writable file`;
    case 'full':
      return ` — the disk holding "${path}" (DATABASE_PATH) is full: free some space`;
    case 'damaged':
    case 'not-a-database':
      return ` — the database "${path}" (DATABASE_PATH) is damaged: stop the bot and restore it from a backup, or move it aside`;
    case 'cannot-open':
      return ` — the database "${path}" (DATABASE_PATH) cannot be opened: check the file and its folder`;
    case 'busy':
    case null:
      return '';
  }
}

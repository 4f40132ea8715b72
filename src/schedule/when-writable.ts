import { isRetryable } from '../store/problems.js';
import type { EvaluationContext } from './evaluation-context.js';

/** The longest wait between tries: a database restart takes seconds, and the lease allows minutes. */
const MAX_WAIT_MS = 30_000;

/**
 * Run a post's bookkeeping write, trying again while another process holds the database's write
 * lock (SQLite's own busy wait is kept short, since it blocks the event loop:
 * src/store/database.ts) or the connection to PostgreSQL is down (a restart, a fail-over). The
 * wait doubles from `busyRetryMs` up to MAX_WAIT_MS. After a send this matters: the message id must be
 * recorded, or the day would later read "may not have been posted". Gives up after `leaseMs`, or
 * when the scheduler stops.
 */
export async function whenWritable<T>(d: EvaluationContext, write: () => T | Promise<T>): Promise<T> {
  const giveUpAt = d.clock.now().getTime() + d.policy.leaseMs;
  let wait = d.policy.busyRetryMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isRetryable(error) || d.signal.aborted || d.clock.now().getTime() >= giveUpAt) throw error;
      if (attempt > 1) d.logger.warn({ attempt, retryInMs: wait, err: error }, 'digest: the database is still busy or unreachable; retrying a post record');
      await d.clock.sleep(wait, d.signal);
      wait = Math.min(wait * 2, MAX_WAIT_MS);
    }
  }
}

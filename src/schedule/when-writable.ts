import { isBusy } from '../store/problems.js';
import type { EvaluationContext } from './evaluation-context.js';

/**
 * Run a post's bookkeeping write, trying again every `busyRetryMs` while another process holds
 * the database's write lock (SQLite's own busy wait is kept short, since it blocks the event loop:
 * src/store/database.ts). After a send this matters: the message id must be recorded, or the day
 * would later read "may not have been posted". Gives up after `leaseMs`, or when the scheduler stops.
 */
export async function whenWritable<T>(d: EvaluationContext, write: () => T): Promise<T> {
  const giveUpAt = d.clock.now().getTime() + d.policy.leaseMs;
  for (;;) {
    try {
      return write();
    } catch (error) {
      if (!isBusy(error) || d.signal.aborted || d.clock.now().getTime() >= giveUpAt) throw error;
      await d.clock.sleep(d.policy.busyRetryMs, d.signal);
    }
  }
}

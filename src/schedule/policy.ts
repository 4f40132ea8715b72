/** The scheduler's timings, merged over these defaults (SchedulerOptions). */
export interface SchedulePolicy {
  /** Waits between attempts to post; its length + 1 is the number of attempts. */
  retryDelaysMs: readonly number[];
  /**
   * How long a claim's holder is trusted without renewing it (it renews before every attempt and
   * every wait). Past it, another instance or a restart settles the claim.
   */
  leaseMs: number;
  /** A post made this long after its due time is marked late (a catch-up, not the on-time post). */
  lateAfterMs: number;
  /**
   * How often a post's bookkeeping write (after the claim) is tried again while another process
   * holds the database's write lock; it gives up after `leaseMs`. Waited on the clock, not in SQLite,
   * so the event loop stays free for acknowledgements.
   */
  busyRetryMs: number;
}

const MINUTE = 60_000;

export const defaultPolicy: SchedulePolicy = {
  retryDelaysMs: [30_000, 2 * MINUTE, 8 * MINUTE],
  leaseMs: 10 * MINUTE,
  lateAfterMs: 10 * MINUTE,
  busyRetryMs: 1_000,
};

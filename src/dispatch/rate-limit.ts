/** The verdict on one command: go ahead, or wait this long before the next is accepted. */
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * A sliding-window limit per user: at most `limit` commands in any `windowMs`. Kept in memory
 * (it guards one process against a runaway user or script; it is not a billing meter), and old
 * entries are dropped as users come back, so memory stays bounded by the active users.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    const since = now - this.windowMs;
    const times = (this.recent.get(key) ?? []).filter((t) => t > since);
    if (times.length >= this.limit) {
      this.recent.set(key, times);
      return { ok: false, retryAfterMs: times[0]! + this.windowMs - now };
    }
    times.push(now);
    this.recent.set(key, times);
    if (this.recent.size > 10_000) this.prune(since);
    return { ok: true };
  }

  private prune(since: number): void {
    for (const [key, times] of this.recent) if (times.at(-1)! <= since) this.recent.delete(key);
  }
}

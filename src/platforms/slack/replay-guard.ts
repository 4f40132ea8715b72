/**
 * Bolt accepts a signed request until its timestamp is 5 minutes old (and any timestamp ahead of
 * the clock), so a copied request can be sent again inside that window and would run again. Each
 * request Slack makes has its own trigger_id: one seen before is a replay. Memory only: each
 * process remembers what it received (several replicas behind a load balancer would need a
 * shared store to catch a replay sent to another replica).
 */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;

export interface ReplayGuardOptions {
  /** At most this many keys are kept; past it the oldest are forgotten first. */
  capacity?: number;
  now?: () => number;
}

export class ReplayGuard {
  /** Key → when it may be forgotten; a Map keeps insertion order, so the oldest come first. */
  private readonly seen = new Map<string, number>();
  private readonly capacity: number;
  private readonly now: () => number;

  constructor(options: ReplayGuardOptions = {}) {
    this.capacity = options.capacity ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * True the first time a key is offered, false for a replay. `signedAtMs` is the request's
   * timestamp: a request stays acceptable until 5 minutes after it, or after now if it is later.
   */
  firstTime(key: string, signedAtMs: number): boolean {
    const now = this.now();
    this.forgetExpired(now);
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return false;
    this.seen.delete(key);
    this.seen.set(key, Math.max(now, Number.isFinite(signedAtMs) ? signedAtMs : now) + SIGNATURE_WINDOW_MS);
    while (this.seen.size > this.capacity) this.seen.delete(this.seen.keys().next().value as string);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Entries expire roughly in insertion order; stop at the first one still valid. */
  private forgetExpired(now: number): void {
    for (const [key, until] of this.seen) {
      if (until > now) break;
      this.seen.delete(key);
    }
  }
}

import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open.js';
import type { ChannelRef } from '../store/types.js';
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';
import type { EvaluationContext, Outcome } from './evaluation-context.js';
import { evaluate } from './evaluate.js';
import { TICK, cronJobs } from './jobs.js';
import type { Job, JobFactory } from './jobs.js';
import { errorText, silentLogger } from '../shared/logger.js';
import type { Logger } from '../shared/logger.js';
import { defaultPolicy } from './policy.js';
import type { SchedulePolicy } from './policy.js';
import type { DigestPoster, DigestSource } from './poster.js';
import type { Reply } from '../present/types.js';
import { storeAdvice } from './store-advice.js';

export interface SchedulerOptions {
  store: Store;
  poster: DigestPoster;
  digest: DigestSource;
  /** Posted instead, on a day with nothing to say, to a channel that chose a note (made by src/present). */
  quietNote: Reply;
  logger?: Logger;
  clock?: Clock;
  /** Defaults to a node-cron job; tests may record it and fire it themselves. */
  jobs?: JobFactory;
  /** Names this instance's claims in the store; a fresh UUID by default. */
  instanceId?: string;
  policy?: Partial<SchedulePolicy>;
  /**
   * The platforms this process posts to (those it is connected to); subscriptions of others are
   * left alone for a process connected to them, sharing the database. All platforms by default.
   */
  platforms?: readonly string[];
}

const keyOf = (target: ChannelRef): string => `${target.platform}\u0000${target.channelId}`;

/**
 * Posts each subscribed channel's digest once per local day. One node-cron job ticks every minute
 * in UTC; each tick reads the active subscriptions from the store and evaluates each (`decide`,
 * then claim and post). The store's claim makes the post exactly-once across restarts and across
 * instances sharing the database file.
 *
 * Why one UTC tick rather than a job per subscription in its zone: the store is the only thing
 * processes share, so reading it every minute is how a subscription made, changed or removed by
 * another process is followed within a minute; and UTC has no daylight saving, so node-cron's zone
 * handling (which skipped the first copy of a repeated hour in Europe/London) is never involved —
 * `decide` works out the local due instant with the zoned-time helpers (src/shared/time/zoned-time.ts).
 * The cost is one read of the subscriptions a minute, and two indexed reads per active subscription.
 */
export class Scheduler {
  readonly instanceId: string;
  private readonly options: SchedulerOptions;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly makeJob: JobFactory;
  private readonly policy: SchedulePolicy;
  private job: Job | null = null;
  private readonly inFlight = new Map<string, Promise<Outcome>>();
  private readonly queued = new Map<string, Promise<Outcome>>();
  private abort = new AbortController();
  /** Reads of the subscriptions under way (a tick), so settled() waits for the evaluations they start. */
  private readonly reads = new Set<Promise<unknown>>();
  private starting: Promise<void> = Promise.resolve();

  constructor(options: SchedulerOptions) {
    this.options = options;
    this.instanceId = options.instanceId ?? randomUUID();
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    this.makeJob = options.jobs ?? cronJobs(this.logger);
    this.policy = { ...defaultPolicy, ...options.policy };
  }

  /**
   * Start the minute tick and evaluate every subscription at once — the catch-up after a restart
   * past the scheduled time. Returns without waiting for posts; `settled()` waits for them.
   */
  start(): void {
    if (this.job) return;
    this.abort = new AbortController();
    this.job = this.makeJob(TICK.pattern, TICK.timeZone, 'digest:tick', () => void this.tick());
    this.starting = this.tick().then((count) => {
      this.logger.info({ instance: this.instanceId, subscriptions: count }, 'digest scheduler started');
    });
  }

  /**
   * Evaluate every active subscription this process serves, as the store has them now (another
   * process may have made, changed or removed them). Returns how many were evaluated.
   */
  async tick(): Promise<number> {
    let targets: ChannelRef[];
    const reading = this.options.store.subscriptions.list();
    this.reads.add(reading);
    try {
      targets = (await reading)
        .filter((subscription) => subscription.status === 'active' && this.serves(subscription))
        .map(({ platform, channelId }) => ({ platform, channelId }));
    } catch (error) {
      // The next tick tries again; the log says what the operator can do about it.
      this.logger.error({ err: error }, `digest: cannot read the subscriptions: ${errorText(error)}${storeAdvice(error, this.options.store)}`);
      return 0;
    } finally {
      this.reads.delete(reading);
    }
    if (this.abort.signal.aborted) return 0;
    for (const target of targets) void this.evaluate(target);
    return targets.length;
  }

  private serves(target: ChannelRef): boolean {
    return this.options.platforms?.includes(target.platform) ?? true;
  }

  /** Stop the tick, end backoff waits (their claims released), and wait for posts in flight. */
  async stop(): Promise<void> {
    this.job?.stop();
    this.job = null;
    // A tick whose read is under way still starts its evaluations, as a synchronous read did
    // (the catch-up right after start is not lost to a quick stop); then backoff waits end.
    await Promise.allSettled([...this.reads]);
    this.abort.abort();
    await this.settled();
  }

  /** Resolves when no evaluation is running or queued. */
  async settled(): Promise<void> {
    await this.starting;
    while (this.reads.size > 0 || this.inFlight.size > 0 || this.queued.size > 0) {
      await Promise.allSettled([...this.reads, ...this.inFlight.values(), ...this.queued.values()]);
    }
  }

  /**
   * Evaluate one channel now. Calls for a channel never overlap within an instance: a call while
   * one runs is queued to run right after it (calls queued meanwhile share that run), so a
   * trigger is never lost to an evaluation that decided at an earlier instant.
   */
  evaluate(target: ChannelRef): Promise<Outcome> {
    const key = keyOf(target);
    const running = this.inFlight.get(key);
    if (running) {
      let next = this.queued.get(key);
      if (!next) {
        next = running.then(() => {
          this.queued.delete(key);
          return this.evaluate(target);
        });
        this.queued.set(key, next);
      }
      return next;
    }
    const ref = { platform: target.platform, channelId: target.channelId };
    const run = evaluate(this.delivery(), ref)
      .catch((error: unknown) => {
        this.logger.error({ ...ref, err: error }, `digest: evaluation failed: ${errorText(error)}${storeAdvice(error, this.options.store)}`);
        return 'failed' as const;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, run);
    return run;
  }

  private delivery(): EvaluationContext {
    const { store, poster, digest, quietNote } = this.options;
    return { store, poster, digest, quietNote, logger: this.logger, clock: this.clock, policy: this.policy, owner: this.instanceId, signal: this.abort.signal };
  }
}

import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open.js';
import type { ChannelRef, Subscription } from '../store/types.js';
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';
import type { EvaluationContext, Outcome } from './evaluation-context.js';
import { evaluate } from './evaluate.js';
import { cronJobs, cronPattern } from './jobs.js';
import type { Job, JobFactory } from './jobs.js';
import { errorText, silentLogger } from '../shared/logger.js';
import type { Logger } from '../shared/logger.js';
import { defaultPolicy } from './policy.js';
import type { SchedulePolicy } from './policy.js';
import type { DigestPoster, DigestSource } from './poster.js';
import type { Reply } from '../present/types.js';

export interface SchedulerOptions {
  store: Store;
  poster: DigestPoster;
  digest: DigestSource;
  /** Posted instead, on a day with nothing to say, to a channel that chose a note (made by src/present). */
  quietNote: Reply;
  logger?: Logger;
  clock?: Clock;
  /** Defaults to node-cron jobs; tests may record them instead. */
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
 * Posts each subscribed channel's digest once per local day: a node-cron job per active
 * subscription, in its zone, triggers `evaluate`; the store's claim makes the post exactly-once
 * across restarts and across instances sharing the database file.
 */
export class Scheduler {
  readonly instanceId: string;
  private readonly options: SchedulerOptions;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly makeJob: JobFactory;
  private readonly policy: SchedulePolicy;
  private readonly jobs = new Map<string, Job>();
  private readonly inFlight = new Map<string, Promise<Outcome>>();
  private readonly queued = new Map<string, Promise<Outcome>>();
  private abort = new AbortController();
  private unsubscribe: (() => void) | null = null;

  constructor(options: SchedulerOptions) {
    this.options = options;
    this.instanceId = options.instanceId ?? randomUUID();
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    this.makeJob = options.jobs ?? cronJobs(this.logger);
    this.policy = { ...defaultPolicy, ...options.policy };
  }

  /**
   * Create the jobs and evaluate every subscription at once — the catch-up after a restart past
   * the scheduled time. Returns without waiting for posts; `settled()` waits for them.
   */
  start(): void {
    if (this.unsubscribe) return;
    this.abort = new AbortController();
    this.unsubscribe = this.options.store.subscriptions.onChange((target, subscription) => {
      if (!this.serves(target)) return;
      // Runs inside the store's save: a failure here must not look like a failed save.
      try {
        this.follow(target, subscription);
      } catch (error) {
        this.logger.error({ ...target, err: error }, `digest: cannot schedule the subscription: ${errorText(error)}`);
      }
    });
    const subscriptions = this.options.store.subscriptions.list().filter((subscription) => this.serves(subscription));
    for (const subscription of subscriptions) {
      this.follow(subscription, subscription);
      if (subscription.status === 'active') void this.evaluate(subscription);
    }
    this.logger.info({ instance: this.instanceId, subscriptions: subscriptions.length }, 'digest scheduler started');
  }

  private serves(target: ChannelRef): boolean {
    return this.options.platforms?.includes(target.platform) ?? true;
  }

  /** Stop the jobs, end backoff waits (their claims released), and wait for posts in flight. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
    this.abort.abort();
    await this.settled();
  }

  /** Resolves when no evaluation is running or queued. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0 || this.queued.size > 0) {
      await Promise.allSettled([...this.inFlight.values(), ...this.queued.values()]);
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
        this.logger.error({ ...ref, err: error }, `digest: evaluation failed: ${errorText(error)}`);
        return 'failed' as const;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, run);
    return run;
  }

  /** Keep a channel's job in step with its subscription: replaced on change, gone when paused or removed. */
  private follow(target: ChannelRef, subscription: Subscription | null): void {
    const key = keyOf(target);
    this.jobs.get(key)?.stop();
    this.jobs.delete(key);
    if (subscription?.status !== 'active') return;
    const ref = { platform: target.platform, channelId: target.channelId };
    const name = `digest:${ref.platform}:${ref.channelId}`;
    this.jobs.set(key, this.makeJob(cronPattern(subscription.time), subscription.timeZone, name, () => void this.evaluate(ref)));
  }

  private delivery(): EvaluationContext {
    const { store, poster, digest, quietNote } = this.options;
    return { store, poster, digest, quietNote, logger: this.logger, clock: this.clock, policy: this.policy, owner: this.instanceId, signal: this.abort.signal };
  }
}

import type { Clock } from '../../src/schedule/clock.js';
import type { DigestSource } from '../../src/schedule/poster.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { quietNote } from '../../src/present/timeline/quiet-note.js';
import type { Store } from '../../src/store/store.js';
import type { PostRecord, SubscriptionSettings } from '../../src/store/types.js';
import { storeFactories, type StoreFactory, type TestStores } from '../store/store-factories.js';
import { ManualClock, RecordingPoster, namedDigest, recordingJobs, recordingLogger } from './fakes.js';

export const channel = { platform: 'slack', channelId: 'C1' };
export const nine: SubscriptionSettings = { time: '09:00', timeZone: 'America/New_York', cadence: 'weekdays', quietDay: 'note' };
// Monday 11 March 2024; New York is on EDT (UTC-4), so 09:00 local is 13:00Z.
export const MONDAY_0800 = '2024-03-11T12:00:00Z';
export const MONDAY_0900 = '2024-03-11T13:00:00Z';

/** The stores the scheduler suites run on, for describe.each: SQLite and PostgreSQL. */
export { storeFactories };

/**
 * A real store (a SQLite file or a PostgreSQL database), a manual clock, a recording poster,
 * logger and jobs, and schedulers built on them. `cleanup()` stops every scheduler (no timer
 * survives a test) and deletes the database.
 */
export class Harness {
  static async create(factory: StoreFactory): Promise<Harness> {
    const stores = await factory.create();
    return new Harness(stores, await stores.open());
  }

  private constructor(
    readonly stores: TestStores,
    readonly store: Store,
  ) {}

  readonly clock = new ManualClock(new Date(MONDAY_0800));
  readonly poster = new RecordingPoster(() => this.clock.now());
  readonly logger = recordingLogger();
  readonly jobs = recordingJobs();
  private readonly running: Scheduler[] = [];

  scheduler(options: { store?: Store; digest?: DigestSource; clock?: Clock; instanceId?: string; platforms?: string[] } = {}): Scheduler {
    const made = new Scheduler({
      store: options.store ?? this.store,
      poster: this.poster,
      digest: options.digest ?? namedDigest,
      quietNote: quietNote(),
      logger: this.logger,
      clock: options.clock ?? this.clock,
      jobs: this.jobs.factory,
      instanceId: options.instanceId ?? `instance-${this.running.length + 1}`,
      ...(options.platforms ? { platforms: options.platforms } : {}),
    });
    this.running.push(made);
    return made;
  }

  /** Subscribe, with settings in effect since well before the test's days by default. */
  async subscribe(settings: SubscriptionSettings = nine, since = '2024-03-01T00:00:00Z', target = channel): Promise<void> {
    await this.store.subscriptions.save(target, settings, { now: new Date(since), by: 'U1' });
  }

  /** The channel's latest post record. */
  record(): Promise<PostRecord | null> {
    return this.store.posts.latest(channel);
  }

  /** Wait (on the real clock, a few ms at a time) until the channel's record passes `test`: a write in flight has landed. */
  async recordWhen(test: (record: PostRecord | null) => boolean): Promise<PostRecord | null> {
    for (;;) {
      const record = await this.record();
      if (test(record)) return record;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.running.splice(0).map((s) => s.stop()));
    await this.stores.cleanup();
  }
}

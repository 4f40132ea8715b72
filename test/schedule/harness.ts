import type { Clock } from '../../src/schedule/clock.js';
import type { DigestSource } from '../../src/schedule/poster.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { quietNote } from '../../src/present/timeline/quiet-note.js';
import type { Store } from '../../src/store/open.js';
import type { SubscriptionSettings } from '../../src/store/types.js';
import { tempStores } from '../store/temp-store.js';
import { ManualClock, RecordingPoster, namedDigest, recordingJobs, recordingLogger } from './fakes.js';

export const channel = { platform: 'slack', channelId: 'C1' };
export const nine: SubscriptionSettings = { time: '09:00', timeZone: 'America/New_York', cadence: 'weekdays', quietDay: 'note' };
// Monday 11 March 2024; New York is on EDT (UTC-4), so 09:00 local is 13:00Z.
export const MONDAY_0800 = '2024-03-11T12:00:00Z';
export const MONDAY_0900 = '2024-03-11T13:00:00Z';

/**
 * A real store file, a manual clock, a recording poster, logger and jobs, and schedulers built on
 * them. `cleanup()` stops every scheduler (no timer survives a test) and deletes the files.
 */
export class Harness {
  readonly stores = tempStores();
  readonly store: Store = this.stores.open();
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
  subscribe(settings: SubscriptionSettings = nine, since = '2024-03-01T00:00:00Z', target = channel): void {
    this.store.subscriptions.save(target, settings, { now: new Date(since), by: 'U1' });
  }

  /** The channel's latest post record. */
  record() {
    return this.store.posts.latest(channel);
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.running.splice(0).map((s) => s.stop()));
    this.stores.cleanup();
  }
}

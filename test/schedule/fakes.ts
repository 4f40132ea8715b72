import { plainText } from '../../src/present/build.js';
import type { Reply } from '../../src/present/types.js';
import type { Clock } from '../../src/schedule/clock.js';
import type { Job, JobFactory } from '../../src/schedule/jobs.js';
import type { Logger } from '../../src/shared/logger.js';
import type { DigestPoster, DigestSource } from '../../src/schedule/poster.js';
import type { ChannelRef } from '../../src/store/types.js';

/** A clock the test sets; `sleep` records the wait and moves time forward at once. */
export class ManualClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(instant: string | Date): void {
    this.current = new Date(instant);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  async sleep(ms: number, signal: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    if (!signal.aborted) this.advance(ms);
  }
}

type Behaviour = { fail: Error } | { hold: Promise<void> };

/** Records every post; `failNext` / `holdNext` script what the next calls do. */
export class RecordingPoster implements DigestPoster {
  readonly posts: { target: ChannelRef; text: string; at: Date }[] = [];
  calls = 0;
  private readonly script: Behaviour[] = [];
  constructor(private readonly now: () => Date = () => new Date()) {}

  failNext(...errors: Error[]): void {
    this.script.push(...errors.map((fail) => ({ fail })));
  }
  /** The next call waits for `release`: a send in flight. */
  holdNext(release: Promise<void>): void {
    this.script.push({ hold: release });
  }
  async post(target: ChannelRef, reply: Reply): Promise<{ messageId: string }> {
    this.calls++;
    const behaviour = this.script.shift();
    if (behaviour && 'fail' in behaviour) throw behaviour.fail;
    if (behaviour) await behaviour.hold;
    this.posts.push({ target, text: plainText(reply), at: this.now() });
    return { messageId: `m${this.posts.length}` };
  }
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  message: string;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (fields: Record<string, unknown>, message: string) => void entries.push({ level, fields, message });
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

export interface RecordedJob {
  pattern: string;
  timeZone: string;
  name: string;
  fire: () => void;
  stopped: boolean;
}

/** Jobs that never fire by themselves: the test fires them (or evaluates) when it wants. */
export function recordingJobs(): { factory: JobFactory; jobs: RecordedJob[]; live(): RecordedJob[] } {
  const jobs: RecordedJob[] = [];
  const factory: JobFactory = (pattern, timeZone, name, fire): Job => {
    const job: RecordedJob = { pattern, timeZone, name, fire, stopped: false };
    jobs.push(job);
    return { stop: () => void (job.stopped = true) };
  };
  return { factory, jobs, live: () => jobs.filter((job) => !job.stopped) };
}

/** A digest that names its day, so tests can see which day was posted. */
export const namedDigest: DigestSource = (localDate, timeZone) => ({
  title: `Digest for ${localDate}`,
  blocks: [{ type: 'text', spans: [{ text: `Upcoming from ${localDate} (${timeZone})` }] }],
  visibility: 'public',
});

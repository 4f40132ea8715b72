import cron from 'node-cron';
import type { Logger as CronLogger } from 'node-cron';
import type { Logger } from '../shared/logger.js';

/** A running timer that triggers evaluation; the scheduler only ever stops it. */
export interface Job {
  stop(): void;
}

/** Creates a job firing on a cron `pattern` in `timeZone`. Injected so tests can record the jobs. */
export type JobFactory = (pattern: string, timeZone: string, name: string, fire: () => void) => Job;

/**
 * Four times an hour, on the subscription's own minute: "09:10" → "10,25,40,55 * * * *".
 *
 * Why not "10 9 * * *": node-cron 4.6 never fires a time that a spring-forward skips (checked: a
 * 02:30 America/New_York job has no run on 2024-03-10), and a timer slept through by a suspended
 * machine is simply missed. The job therefore only *triggers* evaluation; `decide()` says whether
 * a post is due. Firing on the subscription's minute makes the normal post exactly on time; the
 * quarter-hour repeats pick up a skipped DST slot (the skipped 02:30 resolves to 03:30, itself a
 * firing), a missed timer, and a claim whose holder crashed once its lease runs out. In the
 * subscription's own zone because offsets like +05:30 and +05:45 move the minute. The cost is one
 * SQLite read per subscription per quarter hour.
 */
export function cronPattern(time: string): string {
  const minute = Number(time.split(':')[1] ?? 0);
  const minutes = [0, 15, 30, 45].map((step) => (minute + step) % 60).sort((a, b) => a - b);
  return `${minutes.join(',')} * * * *`;
}

/** node-cron's logger speaks in plain strings; route it to ours. */
function cronLogger(logger: Logger): CronLogger {
  return {
    info: (message) => logger.info({ source: 'node-cron' }, message),
    warn: (message) => logger.warn({ source: 'node-cron' }, message),
    error: (message, err) => logger.error({ source: 'node-cron', err }, String(message)),
    debug: () => {},
  };
}

export function cronJobs(logger: Logger): JobFactory {
  return (pattern, timeZone, name, fire) => {
    const task = cron.schedule(pattern, fire, {
      timezone: timeZone,
      name,
      logger: cronLogger(logger),
      // A beat delayed by a busy event loop still runs (node-cron's default tolerance is 1 s).
      missedExecutionTolerance: 60_000,
    });
    return { stop: () => void task.destroy() };
  };
}

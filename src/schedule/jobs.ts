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
 * The scheduler's one job: every minute, in UTC (see Scheduler for why). Due times are whole
 * minutes in every zone in use (offsets such as +05:45 are whole minutes), so a minute tick lands
 * on each due instant; a tick missed (a suspended machine, a busy loop) only delays the post to
 * the next one, since `decide()` owes the day's post until it is made.
 */
export const TICK = { pattern: '* * * * *', timeZone: 'UTC' } as const;

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
      // A beat delayed by a busy event loop still runs (node-cron's default tolerance is 1 s);
      // less than the minute between beats, so a late beat is never taken for the next one.
      missedExecutionTolerance: 30_000,
    });
    return { stop: () => void task.destroy() };
  };
}

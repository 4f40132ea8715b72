import { describe, expect, it } from 'vitest';
import { decide } from '../../src/schedule/decide.js';
import { nextPostAt } from '../../src/schedule/next-post.js';
import { addDays } from '../../src/shared/time/calendar.js';
import { expectedInstant, transitions, wallParts, wallTimesAround, type Transition } from './dst-transitions.js';
import { post, sub } from './records.js';

/**
 * Every IANA zone, both daylight-saving changes of 2026 (found by scanning offsets), daily posts at
 * local times in and around the repeated or skipped interval: the minute tick posts each once, on
 * time by the rule in dst-transitions.ts (expectedInstant), and /digest status names that instant.
 *
 * Why a pure check suffices for every zone: the scheduler ticks every minute in UTC, which has no
 * daylight saving, and at each tick asks `decide`; so whether a post is on time is whether `decide`
 * says "post" first at the expected minute. Within one local day its answer turns from "not yet"
 * to "post" once and stays there, so checking the minute before, the minute itself and every five
 * minutes of the surrounding hours finds any early, late or second post. A few zones run end to end
 * through the Scheduler and real node-cron in dst-cron.test.ts.
 */

const MINUTE = 60_000;
const policy = { lateAfterMs: 10 * MINUTE };
const YEAR = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) };

const zones = Intl.supportedValuesOf('timeZone');
const all: Transition[] = zones.flatMap((zone) => transitions(zone, YEAR.from, YEAR.to));

interface Problem {
  zone: string;
  time: string;
  date: string;
  problem: string;
}

/** Simulate the minute tick around one subscription's due instant; report what differs from the rule. */
function check(t: Transition, wall: number): Problem | null {
  const { date, time } = wallParts(wall);
  const expected = expectedInstant(wall, t);
  const subscription = sub({ timeZone: t.timeZone, time, cadence: 'daily', activeSince: new Date(Date.UTC(2020, 0, 1)) });
  // The day before was posted, so only this day's post is owed in the window.
  let last = post({ localDate: addDays(date, -1), state: 'posted' });
  const report = (problem: string): Problem => ({ zone: t.timeZone, date, time, problem });
  const next = nextPostAt(subscription, new Date(expected - MINUTE), last);
  if (next?.getTime() !== expected) return report(`status says next post ${next?.toISOString()}, expected ${new Date(expected).toISOString()}`);
  const ticks = new Set<number>([expected - MINUTE, expected]);
  for (let at = expected - 90 * MINUTE; at <= expected + Math.abs(t.after - t.before) + 90 * MINUTE; at += 5 * MINUTE) ticks.add(at);
  let posted = 0;
  for (const at of [...ticks].sort((x, y) => x - y)) {
    const decision = decide(subscription, new Date(at), last, policy);
    if (decision.action !== 'post') continue;
    posted++;
    if (at !== expected) return report(`posted at ${new Date(at).toISOString()}, expected ${new Date(expected).toISOString()}`);
    if (decision.localDate !== date || decision.late) return report(`posted for ${decision.localDate}${decision.late ? ', late' : ''}`);
    last = post({ localDate: decision.localDate, dueAt: decision.dueAt, state: 'posted' });
  }
  return posted === 1 ? null : report(`posted ${posted} times`);
}

describe('daily digests across both daylight-saving changes of 2026, in every IANA zone', () => {
  it('finds the transitions: every zone scanned, both directions present', () => {
    expect(zones.length).toBeGreaterThan(300);
    expect(all.some((t) => t.after < t.before)).toBe(true);
    expect(all.some((t) => t.after > t.before)).toBe(true);
    // The zones of the reports: London, Berlin, Sydney and Lord Howe (a half-hour change) change twice.
    for (const zone of ['Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'America/Santiago', 'America/New_York']) {
      expect(all.filter((t) => t.timeZone === zone)).toHaveLength(2);
    }
  });

  it('posts once, on time, at every local time in and around each repeated or skipped interval', () => {
    const problems: Problem[] = [];
    let cases = 0;
    for (const t of all) {
      for (const wall of wallTimesAround(t)) {
        cases++;
        const problem = check(t, wall);
        if (problem) problems.push(problem);
      }
    }
    expect(cases).toBeGreaterThan(1000);
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

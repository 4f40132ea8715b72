import { describe, expect, it } from 'vitest';
import { decide } from '../../src/schedule/decide.js';
import type { Decision } from '../../src/schedule/decide.js';
import type { PostRecord, Subscription } from '../../src/store/types.js';
import { post, sub } from './records.js';

const policy = { lateAfterMs: 10 * 60_000 };

/** The decision in short: "post 2024-03-11 on time", "post … late", "wait not-yet", … */
function summary(decision: Decision): string {
  switch (decision.action) {
    case 'post':
      return `post ${decision.localDate} ${decision.late ? 'late' : 'on time'}`;
    case 'resume':
      return `resume ${decision.post.localDate} ${decision.late ? 'late' : 'on time'}`;
    case 'wait':
      return `wait ${decision.reason}`;
    default:
      return `${decision.action} ${decision.post.localDate}`;
  }
}

const at = (s: Subscription, instant: string, last: PostRecord | null = null): string => summary(decide(s, new Date(instant), last, policy));

describe('decide: an ordinary weekday, 09:00 America/New_York (EDT, UTC-4)', () => {
  const s = sub();
  it.each([
    ['2024-03-11T12:59:59Z', 'wait not-yet'],
    ['2024-03-11T13:00:00Z', 'post 2024-03-11 on time'],
    ['2024-03-11T13:10:00Z', 'post 2024-03-11 on time'],
    ['2024-03-11T13:10:01Z', 'post 2024-03-11 late'],
    ['2024-03-12T03:59:00Z', 'post 2024-03-11 late'], // 23:59 local: still the same local day
    ['2024-03-12T04:00:00Z', 'wait not-yet'], // 00:00 local on the 12th
    ['2024-03-16T14:00:00Z', 'wait not-a-posting-day'], // Saturday
    ['2024-03-17T14:00:00Z', 'wait not-a-posting-day'], // Sunday
  ])('at %s → %s', (instant, expected) => expect(at(s, instant)).toBe(expected));

  it('posts at most once per local day', () => {
    expect(at(s, '2024-03-11T13:00:05Z', post())).toBe('wait done-today');
    expect(at(s, '2024-03-11T20:00:00Z', post({ state: 'skipped' }))).toBe('wait done-today');
    expect(at(s, '2024-03-11T20:00:00Z', post({ state: 'failed' }))).toBe('wait done-today');
    expect(at(s, '2024-03-11T20:00:00Z', post({ state: 'unknown' }))).toBe('wait done-today');
    expect(at(s, '2024-03-12T13:00:00Z', post())).toBe('post 2024-03-12 on time');
  });

  it('posts every day with the daily cadence', () => {
    expect(at(sub({ cadence: 'daily' }), '2024-03-16T13:00:00Z')).toBe('post 2024-03-16 on time');
  });

  it('uses the local day of the zone, not the UTC day (Tokyo, 09:00 JST Monday = Sunday in UTC)', () => {
    const tokyo = sub({ timeZone: 'Asia/Tokyo' });
    expect(at(tokyo, '2024-03-10T23:59:00Z')).toBe('wait not-yet');
    expect(at(tokyo, '2024-03-11T00:00:00Z')).toBe('post 2024-03-11 on time');
    expect(at(tokyo, '2024-03-16T00:00:00Z')).toBe('wait not-a-posting-day');
  });
});

describe('decide: daylight saving in America/New_York', () => {
  it('spring-forward (2024-03-10): a 02:30 subscription posts once, at 03:30 EDT', () => {
    const s = sub({ time: '02:30', cadence: 'daily' });
    expect(at(s, '2024-03-10T06:59:00Z')).toBe('wait not-yet'); // 01:59 EST
    expect(at(s, '2024-03-10T07:00:00Z')).toBe('wait not-yet'); // 03:00 EDT, the clock jumped
    expect(at(s, '2024-03-10T07:15:00Z')).toBe('wait not-yet');
    expect(at(s, '2024-03-10T07:30:00Z')).toBe('post 2024-03-10 on time'); // 03:30 EDT
    const done = post({ localDate: '2024-03-10', dueAt: new Date('2024-03-10T07:30:00Z') });
    expect(at(s, '2024-03-10T07:45:00Z', done)).toBe('wait done-today');
    expect(at(s, '2024-03-11T06:30:00Z', done)).toBe('post 2024-03-11 on time'); // 02:30 EDT next day
  });

  it('fall-back (2024-11-03): 01:30 happens twice, the post happens once, at the first', () => {
    const s = sub({ time: '01:30', cadence: 'daily' });
    expect(at(s, '2024-11-03T05:29:00Z')).toBe('wait not-yet');
    expect(at(s, '2024-11-03T05:30:00Z')).toBe('post 2024-11-03 on time'); // 01:30 EDT
    const done = post({ localDate: '2024-11-03', dueAt: new Date('2024-11-03T05:30:00Z') });
    expect(at(s, '2024-11-03T06:30:00Z', done)).toBe('wait done-today'); // 01:30 EST, the repeat
    // Down through the first 01:30: the second one is an hour after the due time, a late catch-up.
    expect(at(s, '2024-11-03T06:30:00Z')).toBe('post 2024-11-03 late');
    expect(at(s, '2024-11-04T06:30:00Z', done)).toBe('post 2024-11-04 on time'); // 01:30 EST next day
  });

  it('a 09:00 subscription is on time on both transition days', () => {
    const s = sub({ cadence: 'daily' });
    expect(at(s, '2024-03-10T13:00:00Z')).toBe('post 2024-03-10 on time'); // EDT already
    expect(at(s, '2024-11-03T14:00:00Z')).toBe('post 2024-11-03 on time'); // EST already
    expect(at(s, '2024-11-03T13:00:00Z')).toBe('wait not-yet'); // 08:00 EST
  });
});

describe('decide: restarts, outages and new settings', () => {
  it('after a long outage owes only today, once, marked late', () => {
    const lastWeek = post({ localDate: '2024-03-01' });
    expect(at(sub(), '2024-03-11T19:00:00Z', lastWeek)).toBe('post 2024-03-11 late');
    expect(at(sub(), '2024-03-11T12:00:00Z', lastWeek)).toBe('wait not-yet');
  });

  it('does not owe a post that fell due before the settings took effect', () => {
    const s = sub({ activeSince: new Date('2024-03-11T14:00:00Z') });
    expect(at(s, '2024-03-11T14:00:00Z')).toBe('wait before-subscription');
    expect(at(s, '2024-03-12T13:00:00Z')).toBe('post 2024-03-12 on time');
    expect(at(sub({ activeSince: new Date('2024-03-11T12:00:00Z') }), '2024-03-11T13:00:00Z')).toBe('post 2024-03-11 on time');
  });

  it('waits while paused', () => {
    expect(at(sub({ status: 'paused', pausedReason: 'gone' }), '2024-03-11T13:00:00Z')).toBe('wait paused');
  });

  it('after a change of zone, a record for a day not begun here yet counts as done', () => {
    const tokyoTomorrow = post({ localDate: '2024-03-12' });
    expect(at(sub(), '2024-03-11T20:00:00Z', tokyoTomorrow)).toBe('wait done-today');
  });
});

describe('decide: claims whose holder may have crashed', () => {
  const claimed = post({ state: 'claimed', messageId: null, postedAt: null, attempts: 0 });
  it('leaves a claim alone while its lease runs', () => {
    expect(at(sub(), '2024-03-11T13:09:59Z', claimed)).toBe('wait claim-held');
    expect(at(sub(), '2024-03-11T13:09:59Z', { ...claimed, state: 'sending' })).toBe('wait claim-held');
  });

  it('resumes today’s claim that was never sent, once the lease is gone', () => {
    expect(at(sub(), '2024-03-11T13:10:00Z', claimed)).toBe('resume 2024-03-11 on time');
    expect(at(sub(), '2024-03-11T15:00:00Z', claimed)).toBe('resume 2024-03-11 late');
  });

  it('never re-sends a claim that was mid-send when its holder vanished: it is reported', () => {
    expect(at(sub(), '2024-03-11T13:10:00Z', { ...claimed, state: 'sending' })).toBe('orphaned 2024-03-11');
    expect(at(sub({ status: 'paused' }), '2024-03-12T13:10:00Z', { ...claimed, state: 'sending' })).toBe('orphaned 2024-03-11');
  });

  it('closes an earlier day’s unsent claim; the day is over', () => {
    expect(at(sub(), '2024-03-12T13:00:00Z', claimed)).toBe('abandoned 2024-03-11');
  });

  it('does not resume for a paused subscription', () => {
    expect(at(sub({ status: 'paused' }), '2024-03-11T13:30:00Z', claimed)).toBe('wait paused');
  });
});

describe('decide: a time skipped by a spring-forward at midnight (America/Nuuk, 30 March 2024: 23:00 → 00:00)', () => {
  it('owes the day’s post after midnight, at the skipped time read with the offset before the jump, for that day', () => {
    // Nuuk moves from UTC-2 to UTC-1 at 01:00Z on 31 March 2024 (local 23:00 → 00:00): 23:30 on the 30th never shows.
    const s = sub({ timeZone: 'America/Nuuk', time: '23:30', cadence: 'daily' });
    const friday = post({ localDate: '2024-03-29' });
    expect(at(s, '2024-03-31T00:59:00Z', friday)).toBe('wait not-yet'); // 22:59 on the 30th
    expect(at(s, '2024-03-31T01:29:00Z', friday)).toBe('wait not-yet'); // 00:29 on the 31st
    expect(at(s, '2024-03-31T01:30:00Z', friday)).toBe('post 2024-03-30 on time');
    const done = post({ localDate: '2024-03-30', dueAt: new Date('2024-03-31T01:30:00Z') });
    expect(at(s, '2024-03-31T02:00:00Z', done)).toBe('wait not-yet');
    expect(at(s, '2024-04-01T00:30:00Z', done)).toBe('post 2024-03-31 on time'); // 23:30 UTC-1 on the 31st
  });
});

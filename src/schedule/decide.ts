import type { PostRecord, Subscription } from '../store/types.js';
import type { SchedulePolicy } from './policy.js';
import { addDays } from '../shared/time/calendar.js';
import { dayOfWeek, localDate, zonedInstant } from '../shared/time/zoned-time.js';

export type WaitReason =
  | 'paused'
  | 'not-a-posting-day'
  | 'not-yet'
  | 'done-today'
  | 'before-subscription'
  | 'claim-held';

export type Decision =
  | { action: 'wait'; reason: WaitReason }
  /** Claim `localDate` and post. */
  | { action: 'post'; localDate: string; dueAt: Date; late: boolean }
  /** Today's claim was never sent and its holder is gone: take it over and post. */
  | { action: 'resume'; post: PostRecord; late: boolean }
  /** A send was in flight when its holder vanished: it may have arrived. Report it; never re-send. */
  | { action: 'orphaned'; post: PostRecord }
  /** An earlier day's claim, never sent, holder gone: that day is over; record it as missed. */
  | { action: 'abandoned'; post: PostRecord };

export function isPostingDay(date: string, cadence: Subscription['cadence']): boolean {
  const weekday = dayOfWeek(date);
  return cadence === 'daily' || (weekday !== 0 && weekday !== 6);
}

/**
 * Is a post due for this subscription at `now`, for which local day, and is it late? A pure
 * function of the subscription, the instant and the channel's latest post record, so every
 * daylight-saving edge and crash case is tested directly (test/schedule/decide.test.ts).
 *
 * Only the current local day is ever owed: a restart after an outage of any length posts at most
 * one catch-up, for today, marked late — the missed days are not replayed.
 */
export function decide(
  subscription: Subscription,
  now: Date,
  last: PostRecord | null,
  policy: Pick<SchedulePolicy, 'lateAfterMs'>,
): Decision {
  const today = localDate(now, subscription.timeZone);
  const lateAt = (dueAt: Date): boolean => now.getTime() - dueAt.getTime() > policy.lateAfterMs;
  const open = last !== null && (last.state === 'claimed' || last.state === 'sending');
  const leaseGone = open && last.leaseUntil.getTime() <= now.getTime();

  if (open && leaseGone && last.state === 'sending') return { action: 'orphaned', post: last };
  if (open && leaseGone && last.localDate < today) return { action: 'abandoned', post: last };
  if (subscription.status === 'paused') return { action: 'wait', reason: 'paused' };
  if (open && last.localDate === today) {
    return leaseGone ? { action: 'resume', post: last, late: lateAt(last.dueAt) } : { action: 'wait', reason: 'claim-held' };
  }
  // `>=`: after a change of zone the latest record can be for a day that has not begun here yet.
  if (last !== null && last.localDate >= today) return { action: 'wait', reason: 'done-today' };
  const dueAt = zonedInstant(today, subscription.time, subscription.timeZone);
  const spilled = spilledFromYesterday(subscription, today, now, last);
  if (spilled && now.getTime() < dueAt.getTime()) return { action: 'post', localDate: spilled.localDate, dueAt: spilled.dueAt, late: lateAt(spilled.dueAt) };
  if (!isPostingDay(today, subscription.cadence)) return { action: 'wait', reason: 'not-a-posting-day' };
  if (now.getTime() < dueAt.getTime()) return { action: 'wait', reason: 'not-yet' };
  if (dueAt.getTime() < subscription.activeSince.getTime()) return { action: 'wait', reason: 'before-subscription' };
  return { action: 'post', localDate: today, dueAt, late: lateAt(dueAt) };
}

/**
 * Yesterday's post, when its time was skipped by a spring-forward just before midnight and so falls
 * after it (America/Nuuk moves 23:00 → 00:00: a 23:30 post is due at 00:30 the next local day, by
 * zonedInstant's rule) and is due by `now`. Null otherwise. Once today's own time comes, today's
 * post is owed instead: only the current day is ever caught up.
 */
export function spilledFromYesterday(subscription: Subscription, today: string, now: Date, last: PostRecord | null): { localDate: string; dueAt: Date } | null {
  const yesterday = addDays(today, -1);
  if (last !== null && last.localDate >= yesterday) return null;
  if (!isPostingDay(yesterday, subscription.cadence)) return null;
  const dueAt = zonedInstant(yesterday, subscription.time, subscription.timeZone);
  if (localDate(dueAt, subscription.timeZone) !== today) return null;
  if (now.getTime() < dueAt.getTime() || dueAt.getTime() < subscription.activeSince.getTime()) return null;
  return { localDate: yesterday, dueAt };
}

import type { PostRecord, Subscription } from '../store/types.js';
import type { SchedulePolicy } from './policy.js';
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
  if (!isPostingDay(today, subscription.cadence)) return { action: 'wait', reason: 'not-a-posting-day' };
  const dueAt = zonedInstant(today, subscription.time, subscription.timeZone);
  if (now.getTime() < dueAt.getTime()) return { action: 'wait', reason: 'not-yet' };
  if (dueAt.getTime() < subscription.activeSince.getTime()) return { action: 'wait', reason: 'before-subscription' };
  return { action: 'post', localDate: today, dueAt, late: lateAt(dueAt) };
}

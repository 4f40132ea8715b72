import type { PostRecord, Subscription } from '../store/types.js';
import { isPostingDay } from './decide.js';
import { addDays } from '../shared/time/calendar.js';
import { localDate, zonedInstant } from '../shared/time/zoned-time.js';

/**
 * When the next post is due, for /digest status: the first posting day from today on that is not
 * settled already and whose due time is after `now` and after the settings took effect. A due time
 * already past today (a catch-up about to happen) is returned as is. Null when paused.
 */
export function nextPostAt(subscription: Subscription, now: Date, last: PostRecord | null): Date | null {
  if (subscription.status === 'paused') return null;
  const today = localDate(now, subscription.timeZone);
  // Eight days always include a posting day, whatever the cadence. Yesterday counts only when its
  // time was skipped by a spring-forward at midnight and falls today (decide.ts, spilledFromYesterday).
  for (let offset = -1; offset <= 8; offset++) {
    const date = addDays(today, offset);
    if (last !== null && last.localDate >= date) continue;
    if (!isPostingDay(date, subscription.cadence)) continue;
    const dueAt = zonedInstant(date, subscription.time, subscription.timeZone);
    if (offset === -1 && localDate(dueAt, subscription.timeZone) !== today) continue;
    if (dueAt.getTime() < subscription.activeSince.getTime()) continue;
    return dueAt;
  }
  return null;
}

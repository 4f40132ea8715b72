import { daysInMonth, isLeapYear, parseIso } from '../shared/time/calendar.js';
import type { TimelineEvent } from './types.js';
import type { UpcomingItem, UpcomingType } from './upcoming.js';
import { localDate, zonedInstant } from '../shared/time/zoned-time.js';

/**
 * When an event comes round inside a window: its anniversaries (29 February on the 28th in other
 * years), or the one day or month a one-off item falls on.
 */

function typeOf(event: TimelineEvent, years: number): { type: UpcomingType; years: number | null } {
  if (event.kind === 'deadline') return { type: 'deadline', years: event.recurrence === 'yearly' && years > 0 ? years : null };
  return years > 0 ? { type: 'anniversary', years } : { type: 'event', years: null };
}

/** The local day an occurrence falls on: a team item's time can move it across midnight. */
function localDay(event: TimelineEvent, day: string, timeZone: string): string {
  if (event.time === null || event.timeZone === null) return day;
  return localDate(zonedInstant(day, event.time, event.timeZone), timeZone);
}

export function dayItems(event: TimelineEvent, from: string, to: string, timeZone: string): UpcomingItem[] {
  const parts = parseIso(event.date);
  if (parts?.month === undefined || parts.day === undefined) return [];
  const { month, day } = parts;
  const years = event.recurrence === 'yearly' ? range(Number(from.slice(0, 4)) - 1, Number(to.slice(0, 4)) + 1) : [parts.year];
  const items: UpcomingItem[] = [];
  for (const year of years) {
    if (year < parts.year) continue;
    const leapDay = month === 2 && day === 29 && !isLeapYear(year);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(leapDay ? 28 : day).padStart(2, '0')}`;
    const on = localDay(event, date, timeZone);
    if (on >= from && on <= to) items.push({ on, ...typeOf(event, year - parts.year), event });
  }
  return items;
}

export function monthItems(event: TimelineEvent, from: string, to: string, mode: 'overlap' | 'start'): UpcomingItem[] {
  const parts = parseIso(event.date);
  if (parts?.month === undefined || parts.day !== undefined) return [];
  const items: UpcomingItem[] = [];
  for (const year of range(Number(from.slice(0, 4)), Number(to.slice(0, 4)))) {
    if (year < parts.year || (event.recurrence === 'none' && year !== parts.year)) continue;
    const month = `${year}-${String(parts.month).padStart(2, '0')}`;
    const first = `${month}-01`;
    const last = `${month}-${String(daysInMonth(year, parts.month)).padStart(2, '0')}`;
    const counts = mode === 'start' ? first >= from && first <= to : first <= to && last >= from;
    if (counts) items.push({ on: month, ...typeOf(event, year - parts.year), event });
  }
  return items;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}


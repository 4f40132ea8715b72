import { addDays, parseDay } from '../shared/time/calendar.js';
import { dayItems, monthItems } from './occurrences.js';
import type { Timeline, TimelineEvent } from './types.js';

/**
 * What falls in a window of days: anniversaries of events, deadlines, and the team's one-off
 * items. A month-precision event counts for its month ("on": "YYYY-MM"), never on a day the text
 * does not give; a year-precision one has no day or month to fall on, and notes date sources, not
 * events. 29 February comes round on 28 February in other years.
 */
export type UpcomingType = 'anniversary' | 'deadline' | 'event';

export interface UpcomingItem {
  /** "YYYY-MM-DD", or "YYYY-MM" for an event known to the month. */
  on: string;
  /** Whole years since the event, for anniversaries; null for the event itself and deadlines. */
  years: number | null;
  type: UpcomingType;
  event: TimelineEvent;
}

export interface Upcoming {
  from: string;
  to: string;
  items: UpcomingItem[];
}

export interface UpcomingOptions {
  /** The zone the window's days are in, for team items with a time. Default UTC. */
  timeZone?: string;
  /**
   * When a month-precision event counts: in every window that overlaps its month ("overlap",
   * for /upcoming), or only in a window where its month begins ("start", for the daily digest,
   * so a month's items are not repeated every day of it).
   */
  months?: 'overlap' | 'start';
}

const TYPE_ORDER: Record<UpcomingType, number> = { deadline: 0, event: 1, anniversary: 2 };

/**
 * Where an item sorts: its day; a month beginning in the window, its first day; a month already
 * under way has no day still to come, so it follows everything that has one.
 */
function sortKey(item: UpcomingItem, from: string): string {
  if (item.on.length === 10) return item.on;
  const first = `${item.on}-01`;
  return first < from ? `${item.on}~` : first;
}

export function upcoming(timeline: Timeline, from: string, days: number, options: UpcomingOptions = {}): Upcoming {
  if (!parseDay(from)) throw new RangeError(`timeline: upcoming needs a YYYY-MM-DD date, not "${from}"`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`timeline: upcoming needs a whole number of days of at least 1, not ${days}`);
  const to = addDays(from, days - 1);
  const timeZone = options.timeZone ?? 'UTC';
  const items = timeline.events
    .filter((event) => event.origin !== 'note')
    .flatMap((event) => (event.precision === 'day' ? dayItems(event, from, to, timeZone) : event.precision === 'month' ? monthItems(event, from, to, options.months ?? 'overlap') : []));
  items.sort(
    (a, b) =>
      Number(sortKey(a, from).endsWith('~')) - Number(sortKey(b, from).endsWith('~')) ||
      sortKey(a, from).localeCompare(sortKey(b, from)) ||
      b.on.length - a.on.length ||
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      a.event.date.localeCompare(b.event.date) ||
      a.event.title.localeCompare(b.event.title),
  );
  return { from, to, items };
}

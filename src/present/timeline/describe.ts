import { formatDate } from '../../shared/time/format.js';
import type { TimelineEvent, UpcomingItem } from '../../timeline/index.js';

/** Headlines in words: "3 years ago, 14 Nov 2023: the second meeting of the ministerial-level EPCC". */

/** A title after a colon reads as part of the sentence: "…: the second meeting", but "…: JUCIP re-convened". */
function inlineTitle(title: string): string {
  return /^(?:The|A|An)\s/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

function eventDate(event: TimelineEvent): string {
  return formatDate(event.date, event.precision, event.qualifier);
}

/**
 * "14 Nov 2023: the second meeting …", with the team's and disputed dates marked, and a plan the
 * documents tell only as ahead of them marked expected: it is not known to have happened.
 */
export function eventHeadline(event: TimelineEvent): string {
  const team = event.origin === 'team' ? ' (team calendar)' : '';
  const expected = event.expected ? ' (expected)' : '';
  const disputed = event.disagreement ? ' (sources disagree on the date)' : '';
  return `${eventDate(event)}: ${inlineTitle(event.title)}${expected}${team}${disputed}`;
}

export function itemHeadline(item: UpcomingItem): string {
  const base = eventHeadline(item.event);
  if (item.type === 'deadline') return `Deadline, ${base}`;
  if (item.type === 'event') return base;
  const years = item.years ?? 0;
  return `${years} ${years === 1 ? 'year' : 'years'} ago, ${base}`;
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** When in the window: "Mon 17 Nov", or "November" for a month-precision item. */
export function itemWhen(item: UpcomingItem): string {
  const [y, m, d] = item.on.split('-').map(Number) as [number, number, number | undefined];
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return d === undefined ? `${MONTH.format(date)} (no day given)` : WEEKDAY.format(date);
}

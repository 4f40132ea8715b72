import { addDays, addMonths, toIso, type DateParts } from '../shared/time/calendar.js';
import { dayOfWeek } from '../shared/time/zoned-time.js';
import type { RelativeShift } from './parse/relative-words.js';
import type { Precision } from './types.js';

/**
 * A relative date counted from the document's own date (front matter `published`), never from
 * today. The result is never more precise than the words: "last week" is the month the week lies
 * in (a week that straddles two months dates nothing), "next month" a month, "last year" a year.
 * A document dated only "2024" or "2024-05" cannot count days from its date: "yesterday" or "on
 * Monday" in it is left out with a reason, while "next month" (from "2024-05") or "last year" is
 * still counted.
 */
export type Counted = { parts: DateParts; precision: Precision } | { reason: string };

const noDay = (published: DateParts) => ({ reason: `the document's date (${toIso(published)}) gives no day to count from` });

function monthOf(day: string): DateParts {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return { year, month };
}

/** The month a run of days lies in, or null when it straddles two. */
function monthCovering(first: string, last: string): DateParts | null {
  return first.slice(0, 7) === last.slice(0, 7) ? monthOf(first) : null;
}

function countWeek(day: string, amount: number, isAgo: boolean): Counted {
  const target = addDays(day, amount * 7);
  // "two weeks ago" is a day give or take a few; "last week" is the Monday-to-Sunday week.
  const first = isAgo ? addDays(target, -3) : addDays(target, -((dayOfWeek(target) + 6) % 7));
  const last = addDays(first, 6);
  const month = monthCovering(first, last);
  return month === null ? { reason: `the week (${first} to ${last}) spans two months` } : { parts: month, precision: 'month' };
}

function countWeekday(day: string, weekday: number, forward: boolean): Counted {
  const today = dayOfWeek(day);
  const steps = forward ? ((weekday - today + 7) % 7 || 7) : -((today - weekday + 7) % 7 || 7);
  const target = addDays(day, steps);
  const [year, month, date] = target.split('-').map(Number) as [number, number, number];
  return { parts: { year, month, day: date }, precision: 'day' };
}

/** "this Thursday": that day of the document's own Monday-to-Sunday week. */
function countThisWeek(day: string, weekday: number): Counted {
  const monday = addDays(day, -((dayOfWeek(day) + 6) % 7));
  const [year, month, date] = addDays(monday, (weekday + 6) % 7).split('-').map(Number) as [number, number, number];
  return { parts: { year, month, day: date }, precision: 'day' };
}

function countMonth(published: DateParts, month: number, direction: 'last' | 'next' | 'this'): Counted {
  if (direction === 'this') return { parts: { year: published.year, month }, precision: 'month' };
  if (published.month === undefined) return { reason: `the document's date (${toIso(published)}) gives no month to count "${direction}" from` };
  const year = direction === 'next' ? (month > published.month ? published.year : published.year + 1) : month < published.month ? published.year : published.year - 1;
  return { parts: { year, month }, precision: 'month' };
}

export function countFromDocument(shift: RelativeShift, published: DateParts, tense: 'future' | 'past' | null): Counted {
  const day = published.month !== undefined && published.day !== undefined ? toIso(published) : null;
  if (shift.kind === 'weekday') {
    if (day === null) return noDay(published);
    if (shift.direction === 'this') return countThisWeek(day, shift.weekday);
    if (shift.direction === 'tense' && tense === null) return { reason: 'the words do not say whether the day before or after the document is meant' };
    return countWeekday(day, shift.weekday, shift.direction === 'tense' ? tense === 'future' : shift.direction === 'next');
  }
  if (shift.kind === 'month') return countMonth(published, shift.month, shift.direction);
  switch (shift.unit) {
    case 'year':
      return { parts: { year: published.year + shift.amount }, precision: 'year' };
    case 'month': {
      if (published.month === undefined) return { reason: `the document's date (${toIso(published)}) gives no month to count from` };
      const moved = addMonths({ year: published.year, month: published.month, day: 1 }, shift.amount);
      return { parts: { year: moved.year, month: moved.month }, precision: 'month' };
    }
    case 'week':
      return day === null ? noDay(published) : countWeek(day, shift.amount, shift.ago === true);
    case 'day': {
      if (day === null) return noDay(published);
      const [year, month, date] = addDays(day, shift.amount).split('-').map(Number) as [number, number, number];
      return { parts: { year, month, day: date }, precision: 'day' };
    }
  }
}

import { parseIso, type Precision } from './calendar.js';
import { dayOfWeek, localParts } from './zoned-time.js';

/**
 * Dates in words, for every reply and message: one table of names. Short forms are assembled by
 * hand, because Intl's date styles change between ICU versions (punctuation, and en-GB's
 * September became "Sept" in ICU 72).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const SHORT_MONTHS = MONTHS.map((name) => name.slice(0, 3));
const SHORT_WEEKDAYS = WEEKDAYS.map((name) => name.slice(0, 3));

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2024-03-05" → "5 Mar 2024", "2023-10" → "Oct 2023", "2022" → "2022". */
export function formatShortDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = SHORT_MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "Mon 11 Mar 2024, 09:00": an instant on the wall clock of `timeZone`. */
export function formatLocal(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const weekday = SHORT_WEEKDAYS[dayOfWeek(`${p.year}-${pad(p.month)}-${pad(p.day)}`)];
  return `${weekday} ${p.day} ${SHORT_MONTHS[p.month - 1]} ${p.year}, ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The timeline's day: Intl's en-GB medium date, as the timeline has always shown it ("14 Nov 2023";
 * "5 Sept 2023" on ICU 72 and later). Calendar dates, so formatted in UTC.
 */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "14 Nov 2023", "November 2023", "2023"; with a qualifier, "end of October 2023", "spring 2022". */
export function formatDate(date: string, precision: Precision, qualifier: string | null = null): string {
  const parts = parseIso(date);
  if (!parts) return date;
  const utc = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
  const text = precision === 'day' ? DAY.format(utc) : precision === 'month' ? MONTH.format(utc) : String(parts.year);
  return qualifier === null ? text : `${qualifier} ${text}`;
}

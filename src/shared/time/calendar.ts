/** How much of a date the text gives: a day, a month, or only a year. */
export type Precision = 'day' | 'month' | 'year';

/**
 * Calendar arithmetic on plain dates ("YYYY-MM-DD", "YYYY-MM", "YYYY"). Dates here are days on
 * a calendar, not instants, so everything runs in UTC and no local time zone can shift a day.
 */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function toIso(parts: DateParts): string {
  if (parts.month === undefined) return pad(parts.year, 4);
  if (parts.day === undefined) return `${pad(parts.year, 4)}-${pad(parts.month)}`;
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** "2023", "2023-11" or "2023-11-14" → parts; null for anything else or an impossible day. */
export function parseIso(text: string): DateParts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** A "YYYY-MM-DD" that must be a real day (user input, window bounds). */
export function parseDay(text: string): Required<DateParts> | null {
  const parts = parseIso(text);
  return parts?.day === undefined || parts.month === undefined ? null : { year: parts.year, month: parts.month, day: parts.day };
}

/** Days added to a real "YYYY-MM-DD" day, across months and years; negative `n` goes back. */
export function addDays(day: string, n: number): string {
  const parts = parseDay(day);
  if (!parts) throw new RangeError(`calendar: "${day}" is not a YYYY-MM-DD date`);
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + n));
  return toIso({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Months added to a day; the 31st of a shorter month becomes its last day. */
export function addMonths(parts: Required<DateParts>, n: number): Required<DateParts> {
  const index = parts.year * 12 + (parts.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(parts.day, daysInMonth(year, month)) };
}

/** True when one date contains the other ("2023-11" and "2023-11-14"; "2023" and "2023-05"). */
export function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The first and last day a partial date covers. */
export function span(parts: DateParts): { first: string; last: string } {
  const month = parts.month;
  if (month === undefined) return { first: `${pad(parts.year, 4)}-01-01`, last: `${pad(parts.year, 4)}-12-31` };
  const first = toIso({ year: parts.year, month, day: parts.day ?? 1 });
  const last = toIso({ year: parts.year, month, day: parts.day ?? daysInMonth(parts.year, month) });
  return { first, last };
}

/**
 * Daylight-saving transitions found by scanning a zone's UTC offset, independently of the code
 * under test: Intl's "longOffset" names the offset ("GMT+05:45") at any instant.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset at `ms`, in ms (local wall time = UTC + offset). */
export function offsetOf(ms: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formats.set(timeZone, format);
  }
  const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
  if (!match) return 0; // "GMT" alone: UTC itself
  const sign = match[1] === '-' ? -1 : 1;
  return sign * ((Number(match[2]) * 60 + Number(match[3])) * MINUTE + Number(match[4] ?? 0) * 1000);
}

export interface Transition {
  timeZone: string;
  /** The first instant with the new offset. */
  at: number;
  before: number;
  after: number;
}

/** Every change of offset in [from, to), sampled daily (no zone changes twice within a day), then bisected to the minute. */
export function transitions(timeZone: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let previous = offsetOf(from, timeZone);
  for (let day = from + DAY; day <= to; day += DAY) {
    const offset = offsetOf(day, timeZone);
    if (offset === previous) continue;
    let lo = day - DAY; // old offset here
    let hi = day; // new offset here
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetOf(mid, timeZone) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ timeZone, at: hi, before: previous, after: offset });
    previous = offset;
  }
  return found;
}

/** "YYYY-MM-DD" and "HH:MM" of a wall-clock time written as ms since the epoch (as if in UTC). */
export function wallParts(wall: number): { date: string; time: string } {
  const iso = new Date(wall).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * The rule for a daily post at local wall time `wall` around a transition (documented in
 * src/shared/time/zoned-time.ts, zonedInstant): a repeated time posts at its first occurrence; a
 * time skipped by a spring-forward posts at that wall time read with the offset before the jump
 * (02:30 in a New York gap → 03:30 EDT), which is after the gap, shifted by the gap's length —
 * RFC 5545's and Temporal's "compatible" choice. Any other time has one instant.
 */
export function expectedInstant(wall: number, t: Transition): number {
  const lo = Math.min(t.at + t.before, t.at + t.after);
  const hi = Math.max(t.at + t.before, t.at + t.after);
  if (wall < lo) return wall - t.before;
  if (wall >= hi) return wall - t.after;
  return wall - t.before;
}

/** Local wall times to subscribe at, in and around the repeated or skipped interval. */
export function wallTimesAround(t: Transition): number[] {
  const lo = Math.min(t.at + t.before, t.at + t.after);
  const hi = Math.max(t.at + t.before, t.at + t.after);
  const middle = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
  return [...new Set([lo - 60 * MINUTE, lo - MINUTE, lo, lo + MINUTE, middle, hi - MINUTE, hi, hi + MINUTE, hi + 60 * MINUTE])];
}

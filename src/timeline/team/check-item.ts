import { isRealDate } from '../../shared/time/calendar.js';
import { resolveTimeZone } from '../../shared/time/time-zones.js';
import type { RawItem } from './schema.js';
import type { TeamEvent } from './types.js';

/** A field's problem: which field, and what to write instead. */
interface FieldProblem {
  field: string;
  message: string;
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[ T](\d{2}):(\d{2}))?)?$/;
const DATE_FORMATS = 'write YYYY-MM-DD (2025-11-14), YYYY-MM (2025-11), or "YYYY-MM-DD HH:MM" with a timezone';

function checkDate(raw: RawItem['date']): { date: string; time: string | null } | FieldProblem {
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  const match = typeof raw === 'string' ? DATE.exec(text) : null;
  if (!match) return { field: 'date', message: `date "${text}" is not a date the timeline can use: ${DATE_FORMATS}` };
  const [, y, m, d, hh, mm] = match.map((part) => (part === undefined ? undefined : Number(part)));
  if (y === undefined || m === undefined || m < 1 || m > 12 || (d !== undefined && !isRealDate(y, m, d))) {
    return { field: 'date', message: `date "${text}" is not a real day on the calendar: ${DATE_FORMATS}` };
  }
  if (hh !== undefined && (hh > 23 || (mm ?? 0) > 59)) {
    return { field: 'date', message: `time in "${text}" is not a time of day: write HH:MM from 00:00 to 23:59` };
  }
  const time = hh === undefined ? null : text.slice(-5);
  return { date: text.slice(0, d === undefined ? 7 : 10), time };
}

export function checkItem(item: RawItem, line: number): TeamEvent | FieldProblem {
  const date = checkDate(item.date);
  if ('field' in date) return date;
  const zone = item.timezone === undefined ? null : resolveTimeZone(item.timezone);
  if (zone && !zone.ok) {
    const near = zone.suggestions.length > 0 ? `: did you mean ${zone.suggestions.join(', ')}?` : ', e.g. Asia/Tokyo or America/New_York';
    return { field: 'timezone', message: `timezone "${item.timezone}" is not an IANA time zone name${near}` };
  }
  if (date.time !== null && item.timezone === undefined) {
    return { field: 'timezone', message: `a time (${date.time}) needs the zone it is in: add timezone: Asia/Tokyo, America/New_York or UTC` };
  }
  return {
    title: item.title,
    date: date.date,
    time: date.time,
    timeZone: item.timezone ?? null,
    recurrence: item.recurrence,
    source: item.source,
    kind: item.kind ?? 'other',
    line,
    anchors: item.anchors ?? [],
  };
}

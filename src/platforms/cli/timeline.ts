import type { Knowledge } from '../../knowledge/knowledge.js';
import { renderReply } from '../terminal/render.js';
import { quietNote } from '../../present/timeline/quiet-note.js';
import { composeDigest } from '../../present/timeline/digest.js';
import { MAX_UPCOMING_DAYS, upcomingReply } from '../../present/timeline/upcoming.js';
import { eventsJson, upcomingJson } from '../../timeline/index.js';
import { resolveTimeZone } from '../../shared/time/time-zones.js';
import { parseDay } from '../../shared/time/calendar.js';
import { UsageError } from './usage-error.js';

export interface TimelineArgs {
  command: 'events' | 'upcoming' | 'digest';
  date: string | undefined;
  days: string | undefined;
  tz: string | undefined;
  json: boolean;
  color: boolean;
}

function checkedDate(date: string | undefined): string {
  if (date === undefined) throw new UsageError('--date YYYY-MM-DD is required, e.g. --date 2026-11-14');
  if (!parseDay(date)) throw new UsageError(`--date must be a real date written YYYY-MM-DD, not "${date}"`);
  return date;
}

function checkedZone(tz: string | undefined): string {
  if (tz === undefined) return 'UTC';
  const zone = resolveTimeZone(tz);
  if (zone.ok) return zone.timeZone;
  throw new UsageError(`--tz "${tz}" is not an IANA time zone${zone.suggestions.length > 0 ? `; did you mean ${zone.suggestions.join(', ')}?` : ''}`);
}

function checkedDays(days: string | undefined): number {
  if (days === undefined) return 7;
  const n = Number(days);
  if (!/^\d+$/.test(days) || n < 1 || n > MAX_UPCOMING_DAYS) throw new UsageError(`--days must be a whole number from 1 to ${MAX_UPCOMING_DAYS}, not "${days}"`);
  return n;
}

/** `briefbot events --json`, `briefbot upcoming --date … [--days N] [--tz Z] [--json]`, `briefbot digest --date … [--tz Z]`. */
export function timelineCli(args: TimelineArgs, knowledge: Knowledge, write: (line: string) => void): void {
  const { timeline } = knowledge;
  const render = (reply: Parameters<typeof renderReply>[0]) => renderReply(reply, { color: args.color });
  switch (args.command) {
    case 'events':
      if (!args.json) throw new UsageError('events prints JSON: add --json (in chat, /timeline shows events)');
      return write(JSON.stringify(eventsJson(timeline)));
    case 'upcoming': {
      const date = checkedDate(args.date);
      const days = checkedDays(args.days);
      const zone = checkedZone(args.tz);
      if (args.json) return write(JSON.stringify(upcomingJson(timeline, date, days, { timeZone: zone })));
      return write(render(upcomingReply(timeline, date, days, zone, 0, Number.POSITIVE_INFINITY)));
    }
    case 'digest': {
      const zone = checkedZone(args.tz);
      // Exactly what the scheduler would post that day; a quiet day shows the one-line note.
      return write(render(composeDigest(timeline, checkedDate(args.date), { timeZone: zone }) ?? quietNote()));
    }
  }
}

import type { Knowledge } from '../../knowledge/knowledge.js';
import { quietNote } from '../../present/timeline/quiet-note.js';
import { composeDigest } from '../../present/timeline/digest.js';
import { upcomingReply } from '../../present/timeline/upcoming.js';
import { eventsJson, upcomingJson } from '../../timeline/index.js';
import { renderReply } from '../terminal/render.js';
import type { CliIo } from './io.js';

/** Checked by parseCommandLine (args.ts): dates real, the window within /upcoming's range, zones IANA names. */
export type TimelineArgs =
  | { command: 'events' }
  | { command: 'upcoming'; date: string; days: number; zone: string; json: boolean }
  | { command: 'digest'; date: string; zone: string };

/** `briefbot events --json`, `briefbot upcoming --date … [--days N] [--tz Z] [--json]`, `briefbot digest --date … [--tz Z]`. */
export function timelineCli(args: TimelineArgs, knowledge: Knowledge, io: CliIo): void {
  const { timeline } = knowledge;
  switch (args.command) {
    case 'events':
      return io.out(JSON.stringify(eventsJson(timeline)));
    case 'upcoming':
      if (args.json) return io.out(JSON.stringify(upcomingJson(timeline, args.date, args.days, { timeZone: args.zone })));
      return io.out(renderReply(upcomingReply(timeline, args.date, args.days, args.zone, 0, Number.POSITIVE_INFINITY), { color: io.color }));
    case 'digest':
      // Exactly what the scheduler would post that day; a quiet day shows the one-line note.
      return io.out(renderReply(composeDigest(timeline, args.date, { timeZone: args.zone }) ?? quietNote(), { color: io.color }));
  }
}

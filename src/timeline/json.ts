import type { TimelineEvent, Timeline, Precision } from './types.js';
import { upcoming, type UpcomingOptions, type UpcomingType } from './upcoming.js';

/**
 * The command line's JSON (its fields are a contract with scripts), as plain objects for JSON.stringify. Beyond the
 * contract: each source says the date it gives, and an event whose sources disagree says so.
 */
export interface EventJson {
  date: string;
  precision: Precision;
  kind: string;
  title: string;
  doc: string;
  quote: string;
  sources: { doc: string; quote: string; date: string; precision: Precision }[];
  disagreement: string | null;
  /** Told only as a plan or forecast: dated after the documents that tell it. */
  expected: boolean;
}

export interface UpcomingJson {
  from: string;
  to: string;
  items: { on: string; years: number | null; type: UpcomingType; event: EventJson }[];
}

function eventJson(event: TimelineEvent): EventJson {
  const primary = event.sources[0]!;
  return {
    date: event.date,
    precision: event.precision,
    kind: event.kind,
    title: event.title,
    doc: primary.doc,
    quote: primary.quote,
    sources: event.sources.map((s) => ({ doc: s.doc, quote: s.quote, date: s.date, precision: s.precision })),
    disagreement: event.disagreement,
    expected: event.expected,
  };
}

/** `briefbot events --json`: every event, in date order, notes' publications included. */
export function eventsJson(timeline: Timeline): EventJson[] {
  return timeline.events.map(eventJson);
}

/** `briefbot upcoming --date YYYY-MM-DD [--days N] --json`. */
export function upcomingJson(timeline: Timeline, from: string, days: number, options: UpcomingOptions = {}): UpcomingJson {
  const result = upcoming(timeline, from, days, options);
  return { from: result.from, to: result.to, items: result.items.map((item) => ({ on: item.on, years: item.years, type: item.type, event: eventJson(item.event) })) };
}

import type { Timeline, TimelineEvent } from './types.js';

/**
 * /timeline's selection: every event, the events of a year, or those about a topic — the events
 * told in the passages search finds for it, the way /ask finds passages. Sources' publication
 * dates (notes) are left out: they date what the authors read, not what happened.
 */
export type TimelineQuery = { kind: 'all' } | { kind: 'year'; year: number } | { kind: 'topic'; text: string };

export function parseTimelineQuery(text: string): TimelineQuery {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'all' };
  if (/^\d{4}$/.test(trimmed)) return { kind: 'year', year: Number(trimmed) };
  return { kind: 'topic', text: trimmed };
}

const told = (timeline: Timeline) => timeline.events.filter((event) => event.origin !== 'note');

function eventsInYear(timeline: Timeline, year: number): TimelineEvent[] {
  return told(timeline).filter((event) => event.date.startsWith(String(year)));
}

/** Events told in any of the passages (ids "file#index"), and team items whose title names the topic. */
function eventsInPassages(timeline: Timeline, passageIds: ReadonlySet<string>, topic: string): TimelineEvent[] {
  const words = topic.toLowerCase().split(/\s+/).filter((w) => w.length >= 3);
  return told(timeline).filter((event) =>
    event.origin === 'team'
      ? words.some((w) => event.title.toLowerCase().includes(w))
      : event.sources.some((s) => s.origin === 'text' && passageIds.has(`${s.doc}#${s.passage}`)),
  );
}

export function selectEvents(timeline: Timeline, query: TimelineQuery, findPassages: (topic: string) => ReadonlySet<string>): TimelineEvent[] {
  if (query.kind === 'all') return told(timeline);
  if (query.kind === 'year') return eventsInYear(timeline, query.year);
  return eventsInPassages(timeline, findPassages(query.text), query.text);
}

/** The span of years the timeline covers, for "nothing in 1900; it runs from 1965 to 2025". */
export function yearSpan(timeline: Timeline): [string, string] | null {
  const dates = told(timeline).map((e) => e.date.slice(0, 4));
  return dates.length === 0 ? null : [dates[0]!, dates.at(-1)!];
}

import { compatible } from '../shared/time/calendar.js';
import type { EventTelling } from './extract/event-telling.js';
import { formatDate } from '../shared/time/format.js';
import { sourcePlace } from './source-place.js';
import type { Cluster } from './merge.js';
import type { TeamEvent } from './team/types.js';
import type { DocInfo, TimelineEvent } from './types.js';

const words = (title: string) => title.split(' ').length + (title.endsWith('…') ? 100 : 0);

/**
 * The telling that leads: the best-dated one in the prose (clusters list those first); among
 * equally dated ones, the first that tells the event rather than names it ("The Diet passed a
 * revision of the FTFEA in 2020", not "the 2020 revisions of the FTFEA"), else the shortest whole
 * title ("Japan's Economic Security Legislation" rather than a clause cut off with "…").
 */
function lead(members: readonly EventTelling[]): EventTelling {
  const first = members[0]!;
  const peers = members.filter((m) => m.source.origin === first.source.origin && m.source.precision === first.source.precision);
  const telling = peers.find((m) => !m.namesThing);
  return telling ?? peers.reduce((best, m) => (words(m.title) < words(best.title) ? m : best), first);
}

/** A text title of a few words ("A vice-ministerial meeting") says less than the note the passage cites. */
function bestTitle(primary: EventTelling, members: readonly EventTelling[]): string {
  const note = members.find((m) => m.source.origin === 'note');
  return primary.title.split(' ').length <= 3 && note !== undefined && primary.source.origin === 'text' ? note.title : primary.title;
}

/** A cluster of tellings → one event, dated by its best telling in the prose. */
export function clusterEvent(cluster: Cluster, docs: Record<string, DocInfo>): TimelineEvent {
  const primary = lead(cluster.members);
  const members = [primary, ...cluster.members.filter((m) => m !== primary)];
  const { date, precision } = primary.source;
  // A note's date is when the source it cites was published, which may be days after the event:
  // a different date, not a different account of the event's.
  const others = members.filter((m) => m.source.origin !== 'note' && !compatible(m.source.date, date));
  let disagreement: string | null = null;
  if (others.length > 0) {
    const say = (m: EventTelling) => `${formatDate(m.source.date, m.source.precision)} (${sourcePlace(m.source, docs)})`;
    disagreement = `Sources disagree on the date: ${[primary, ...others].map(say).join('; ')}.`;
  }
  const onlyNotes = primary.source.origin === 'note';
  // Expected until a telling dated on or after the event says it happened.
  const expected = members.every((m) => m.ahead);
  return {
    id: `${primary.source.doc}#${primary.source.passage ?? `n${primary.source.noteId}`}@${date}`,
    date,
    precision,
    qualifier: primary.qualifier,
    kind: primary.kind,
    title: bestTitle(primary, members),
    origin: primary.source.origin,
    // Notes date their sources, not events; deadlines fall once; a plan has no anniversary.
    recurrence: onlyNotes || primary.kind === 'deadline' || expected ? 'none' : 'yearly',
    time: null,
    timeZone: null,
    sources: members.map((m) => m.source),
    disagreement,
    basis: primary.basis,
    expected,
  };
}

export function teamEvent(item: TeamEvent, file: string): TimelineEvent {
  return {
    id: `${file}:${item.line}`,
    date: item.date,
    precision: item.date.length === 10 ? 'day' : 'month',
    qualifier: null,
    kind: item.kind,
    title: item.title,
    origin: 'team',
    recurrence: item.recurrence,
    time: item.time,
    timeZone: item.timeZone,
    sources: [{
      origin: 'team', doc: file, passage: null, section: null, quote: item.title, noteId: null, line: item.line,
      url: item.source, date: item.date, precision: item.date.length === 10 ? 'day' : 'month', phrase: item.date, yearInferred: null,
    }],
    disagreement: null,
    basis: null,
    expected: false,
  };
}

import type { CorpusDocument, LoadProblem } from '../corpus/index.js';
import { parseIso } from '../shared/time/calendar.js';
import { clusterEvent, teamEvent } from './events.js';
import { noteMentions } from './extract/notes.js';
import { textMentions } from './extract/text.js';
import { clusterMentions } from './merge.js';
import type { Anchor } from './relative.js';
import type { TeamEvent } from './team/types.js';
import type { DocInfo, Timeline, TimelineEvent, YearInference } from './types.js';

const TEAM_FILE = 'events.yaml';

function docInfo(document: CorpusDocument): DocInfo {
  const { title, authors, publisher, published, url } = document.meta;
  const notes = Object.fromEntries(Object.values(document.notes).map((note) => [note.id, note.text]));
  return { title, authors, publisher, published, url, notes };
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
  const [x, y] = [a.sources[0]!, b.sources[0]!];
  return a.date.localeCompare(b.date) || x.doc.localeCompare(y.doc) || (x.passage ?? 0) - (y.passage ?? 0) || a.title.localeCompare(b.title);
}

/**
 * The timeline: every dated event in the papers' prose and notes, tellings of one event merged,
 * plus the team's own items. Pure: no clock, no I/O (the team's items are read by loadTeamEvents).
 */
export function buildTimeline(documents: Iterable<CorpusDocument>, teamEvents: readonly TeamEvent[] = []): Timeline {
  const all = [...documents];
  const docs = Object.fromEntries(all.map((d) => [d.file, docInfo(d)]));
  // Every year the text leaves out is counted from the paper's own date; without a readable one
  // the paper's dates cannot be read, so they are left out and said, never thrown (one paper must
  // not take /timeline, /upcoming and the digest down). The loader refuses such a date; this holds
  // for documents built any other way.
  const list = all.filter((d) => parseIso(d.meta.published) !== null);
  const problems: LoadProblem[] = all
    .filter((d) => parseIso(d.meta.published) === null)
    .map((d) => ({ file: d.file, line: null, message: `published date "${d.meta.published}" is not a real date, so the timeline leaves out this paper's dates`, severity: 'warning' }));
  const anchors: Anchor[] = teamEvents.flatMap((item) => item.anchors.map((a) => ({ ...a, date: item.date, title: item.title })));
  const extracted = list.map((document) => textMentions(document, anchors));
  const mentions = [...extracted.flatMap((e) => e.mentions), ...list.flatMap(noteMentions)];
  const passageNotes = new Map<string, string[]>(list.flatMap((d) => d.passages.map((p) => [`${d.file}#${p.index}`, p.noteIds] as const)));
  const clusters = clusterMentions(mentions, (m) => passageNotes.get(`${m.source.doc}#${m.source.passage}`) ?? []);
  const events = [...clusters.map((c) => clusterEvent(c, docs)), ...teamEvents.map((item) => teamEvent(item, TEAM_FILE))];
  const yearsInferred: Record<YearInference, number> = { 'relative-year': 0, anaphora: 0, 'past-tense': 0, 'future-tense': 0, counted: 0 };
  for (const m of mentions) if (m.source.yearInferred !== null) yearsInferred[m.source.yearInferred] += 1;
  return {
    events: events.sort(byDate),
    docs,
    unresolved: extracted.flatMap((e) => e.unresolved),
    stats: { mentions: mentions.length, yearsInferred },
    problems,
  };
}

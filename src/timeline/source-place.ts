import { parseIso } from '../shared/time/calendar.js';
import { formatDate } from '../shared/time/format.js';
import type { DocInfo, EventSource } from './types.js';

/**
 * Where a source says it, in words. The timeline itself needs this: an event whose sources
 * disagree on the date carries a note naming each source (TimelineEvent.disagreement).
 */

/** "Jacobs (Dec 2023)": the paper, short, as a person would say it. */
function shortDoc(info: DocInfo | undefined, doc: string): string {
  if (!info) return doc;
  const surname = info.authors[0]?.split(' ').at(-1) ?? info.title;
  const published = parseIso(info.published);
  const when = published?.month === undefined ? info.published : formatDate(info.published.slice(0, 7), 'month');
  return `${surname} (${when})`;
}

/** Where a source says it: "Jacobs (December 2023), passage 4", "Pryor (2025), note 10", "events.yaml line 12". */
export function sourcePlace(source: EventSource, docs: Record<string, DocInfo>): string {
  if (source.origin === 'team') return `${source.doc} line ${source.line ?? '?'}`;
  const where = source.origin === 'note' ? `note ${source.noteId}` : `passage ${source.passage}`;
  return `${shortDoc(docs[source.doc], source.doc)}, ${where}`;
}

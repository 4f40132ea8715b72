import { parseIso } from '../shared/time/calendar.js';
import type { DocInfo, EventSource, Precision } from './types.js';

/** Dates and sources in words, for replies and messages. Calendar dates: formatted in UTC. */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "14 Nov 2023", "November 2023", "2023"; with a qualifier, "end of October 2023", "spring 2022". */
export function formatDate(date: string, precision: Precision, qualifier: string | null = null): string {
  const parts = parseIso(date);
  if (!parts) return date;
  const utc = new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
  const text = precision === 'day' ? DAY.format(utc) : precision === 'month' ? MONTH.format(utc) : String(parts.year);
  return qualifier === null ? text : `${qualifier} ${text}`;
}

/** "Jacobs (Dec 2023)": the paper, short, as a person would say it. */
export function shortDoc(info: DocInfo | undefined, doc: string): string {
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

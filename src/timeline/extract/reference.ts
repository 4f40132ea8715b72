import { parseIso, span, type DateParts } from '../../shared/time/calendar.js';
import type { CorpusDocument } from '../../corpus/index.js';

/**
 * The document's own date, which every year the text leaves out is counted from, never
 * today's. The loader refuses a date that is not a real day, and buildTimeline leaves out any
 * document whose date this cannot read, so the throw here means a caller skipped that check.
 */
export function publishedParts(document: CorpusDocument): DateParts {
  const parts = parseIso(document.meta.published);
  if (!parts) throw new Error(`timeline: ${document.file} has an unreadable published date "${document.meta.published}"`);
  return parts;
}

/** chrono-node's reference date: the last day the publication date covers, at noon UTC. */
export function referenceDate(published: DateParts): Date {
  const [year, month, day] = span(published).last.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 12));
}

import { citationFor, markerIds, type CitedDocument } from '../../corpus/index.js';
import { formatDate } from '../../shared/time/format.js';
import { sourcePlace, type EventSource, type Timeline, type TimelineEvent } from '../../timeline/index.js';
import type { Block } from '../types.js';

/** An event's source as a cited block: the verbatim sentence or note, or the team's link. */

/** The paper a source is in, as the timeline keeps it; a document it no longer has is cited by file name alone. */
function citedDocument(source: EventSource, timeline: Timeline): CitedDocument {
  const doc = timeline.docs[source.doc];
  return { file: source.doc, meta: doc ?? { title: source.doc, authors: [], publisher: null, published: '', url: null } };
}

function citation(source: EventSource, timeline: Timeline, passage: number) {
  const notes = timeline.docs[source.doc]?.notes ?? {};
  const has = (id: string) => Object.hasOwn(notes, id);
  const ids = source.noteId !== null ? [source.noteId] : markerIds(source.quote, has);
  const cited = ids.flatMap((id) => (has(id) ? [{ id, text: notes[id]! }] : []));
  return citationFor(citedDocument(source, timeline), { section: source.section, index: passage }, cited);
}

function sourceBlock(source: EventSource, timeline: Timeline): Block {
  if (source.origin === 'team' || source.passage === null) {
    const where = source.origin === 'team' ? `The team’s own item (${sourcePlace(source, timeline.docs)})` : sourcePlace(source, timeline.docs);
    return { type: 'text', spans: [{ text: `${where}: ${source.quote}${source.url ? ` — ${source.url}` : ''}` }] };
  }
  const label = source.origin === 'note' ? `Note ${source.noteId}: a source published ${formatDate(source.date, source.precision)}` : undefined;
  const block: Block = { type: 'excerpt', spans: [{ text: source.quote }], citation: citation(source, timeline, source.passage) };
  return label === undefined ? block : { ...block, label };
}

/** The primary source; when the sources disagree on the date, or it was worked out, saying so. */
export function eventBlocks(event: TimelineEvent, timeline: Timeline): Block[] {
  const blocks = [sourceBlock(event.sources[0]!, timeline)];
  if (event.disagreement) blocks.push({ type: 'notice', tone: 'warning', text: event.disagreement });
  if (event.basis) blocks.push({ type: 'notice', tone: 'info', text: `Date worked out: ${event.basis}.` });
  return blocks;
}

/** "Jacobs (December 2023), passage 4": enough to find it, for a compact list. */
export function shortCitation(event: TimelineEvent, timeline: Timeline): string {
  const source = event.sources[0]!;
  return source.origin === 'team' && source.url ? `${sourcePlace(source, timeline.docs)}, ${source.url}` : sourcePlace(source, timeline.docs);
}

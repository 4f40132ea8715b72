import { markerIds } from '../../corpus/index.js';
import type { Block, Citation } from '../types.js';
import { formatDate, sourcePlace } from '../../timeline/format.js';
import type { EventSource, Timeline, TimelineEvent } from '../../timeline/types.js';

/** An event's source as a cited block: the verbatim sentence or note, or the team's link. */

function citation(source: EventSource, timeline: Timeline, passage: number): Citation {
  const doc = timeline.docs[source.doc];
  const ids = source.noteId !== null ? [source.noteId] : markerIds(source.quote);
  return {
    doc: source.doc,
    title: doc?.title ?? source.doc,
    authors: doc?.authors ?? [],
    publisher: doc?.publisher ?? null,
    published: doc?.published ?? '',
    section: source.section,
    passage,
    url: doc?.url ?? null,
    notes: ids.flatMap((id) => (doc?.notes[id] === undefined ? [] : [{ id, text: doc.notes[id] }])),
  };
}

export function sourceBlock(source: EventSource, timeline: Timeline): Block {
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

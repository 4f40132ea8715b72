import { yearSpan, type Timeline, type TimelineEvent, type TimelineQuery } from '../../timeline/index.js';
import { notice, text } from '../build.js';
import type { Block, Reply } from '../types.js';
import { eventBlocks } from './cite.js';
import { eventHeadline } from './describe.js';
import { page, PAGE_SIZE } from './page.js';
import { backArgs, pageButtons } from '../paging.js';

function label(query: TimelineQuery): string {
  return query.kind === 'all' ? 'all events' : query.kind === 'year' ? String(query.year) : `“${query.text}”`;
}

/**
 * /timeline's reply: one page of the events found, each headline with its source quoted and cited,
 * "Back" past the first page and "More" while there are more. `typed` is what the user typed, carried by the button.
 */
export function timelineReply(timeline: Timeline, query: TimelineQuery, events: readonly TimelineEvent[], typed: string, offset: number): Reply {
  if (events.length === 0) {
    const span = yearSpan(timeline);
    const range = span ? ` The timeline runs from ${span[0]} to ${span[1]}.` : '';
    const hint = query.kind === 'topic' ? ` Try other words, or /ask ${query.text}.` : '';
    return { blocks: [notice('info', `No dated events for ${label(query)}.${range}${hint}`)], visibility: 'ephemeral' };
  }
  const shown = page(events, offset);
  const title = `Timeline: ${label(query)}`;
  if (shown.items.length === 0) return { title, blocks: [notice('info', 'No more events.')], visibility: 'ephemeral' };
  const blocks: Block[] = shown.items.flatMap((event) => [text(eventHeadline(event)), ...eventBlocks(event, timeline)]);
  if (events.length > shown.items.length) blocks.push(text(`${shown.summary}.`));
  return {
    title,
    blocks,
    buttons: pageButtons(
      'timeline',
      backArgs({ query: typed }, offset, PAGE_SIZE),
      shown.next === null ? null : { id: 'more', label: 'More', command: 'timeline', args: { query: typed, offset: shown.next } },
    ),
    visibility: 'ephemeral',
    shareable: true,
    paged: true,
  };
}

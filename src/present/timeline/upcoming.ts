import type { Block, Reply } from '../types.js';
import { eventBlocks } from './cite.js';
import { itemHeadline, itemWhen } from './describe.js';
import { formatDate } from '../../shared/time/format.js';
import { page, PAGE_SIZE } from './page.js';
import { backArgs, pageButtons } from '../paging.js';
import { upcoming, type Timeline } from '../../timeline/index.js';

/** The furthest /upcoming (and `briefbot upcoming`) looks ahead: a rule of the command, worded in its replies. */
export const MAX_UPCOMING_DAYS = 90;

/**
 * What is coming in a window, as a reply: each item's headline, then its source quoted and cited.
 * Shared by /upcoming (a page at a time, with "Back" and "More") and `briefbot upcoming` (all at once).
 */
export function upcomingReply(timeline: Timeline, from: string, days: number, zone: string, offset = 0, pageSize = PAGE_SIZE): Reply {
  const result = upcoming(timeline, from, days, { timeZone: zone });
  const title = `Coming up, ${formatDate(result.from, 'day')} to ${formatDate(result.to, 'day')} (${zone})`;
  if (result.items.length === 0) {
    const wider = days < MAX_UPCOMING_DAYS ? ` Look further ahead with /upcoming ${MAX_UPCOMING_DAYS}.` : '';
    return { title, blocks: [{ type: 'notice', tone: 'info', text: `No anniversaries or deadlines in these ${days} days.${wider}` }], visibility: 'ephemeral' };
  }
  const shown = page(result.items, offset, pageSize);
  if (shown.items.length === 0) return { title, blocks: [{ type: 'notice', tone: 'info', text: 'No more items.' }], visibility: 'ephemeral' };
  const blocks: Block[] = shown.items.flatMap((item) => [
    { type: 'text', spans: [{ text: `${itemWhen(item)} — ${itemHeadline(item)}` }] } satisfies Block,
    ...eventBlocks(item.event, timeline),
  ]);
  if (result.items.length > shown.items.length) blocks.push({ type: 'text', spans: [{ text: `${shown.summary}.` }] });
  return {
    title,
    blocks,
    buttons: pageButtons(
      'upcoming',
      backArgs({ days, zone }, offset, pageSize),
      shown.next === null ? null : { id: 'more', label: 'More', command: 'upcoming', args: { days, zone, offset: shown.next } },
    ),
    visibility: 'ephemeral',
    shareable: true,
    paged: true,
  };
}

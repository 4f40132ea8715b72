import type { Block, Reply } from '../types.js';
import { eventBlocks, shortCitation } from './cite.js';
import { itemHeadline, itemWhen } from './describe.js';
import { formatDate } from '../../shared/time/format.js';
import { upcoming, type Timeline, type UpcomingItem } from '../../timeline/index.js';

/**
 * The daily digest's content: one short message with today's anniversaries and deadlines, quoted
 * and cited, then the coming week's as a list, each with where it is told. Null on a day with
 * nothing to say: the scheduler then posts nothing or a one-line note, as the channel chose.
 * Pure: the day is the subscriber's local date, passed in.
 */
interface DigestOptions {
  /** The channel's zone, for team items with a time. Default UTC. */
  timeZone?: string;
  /** Days covered, today included. Default 7: today and the coming six. */
  days?: number;
  /** Items shown at most; the rest are counted, with where to see them. Default 8. */
  maxItems?: number;
}

export function composeDigest(timeline: Timeline, localDate: string, options: DigestOptions = {}): Reply | null {
  const days = options.days ?? 7;
  const maxItems = options.maxItems ?? 8;
  // A month's items come with the month's first day, not on every day of it.
  const { items } = upcoming(timeline, localDate, days, { timeZone: options.timeZone ?? 'UTC', months: 'start' });
  if (items.length === 0) return null;
  const isToday = (item: UpcomingItem) => item.on === localDate || `${item.on}-01` === localDate;
  const today = items.filter(isToday).slice(0, maxItems);
  const week = items.filter((item) => !isToday(item)).slice(0, Math.max(0, maxItems - today.length));
  const blocks: Block[] = [];
  if (today.length > 0) {
    blocks.push({ type: 'text', spans: [{ text: 'Today' }] });
    for (const item of today) blocks.push({ type: 'text', spans: [{ text: itemHeadline(item) }] }, ...eventBlocks(item.event, timeline));
  }
  if (week.length > 0) {
    blocks.push({ type: 'text', spans: [{ text: today.length > 0 ? 'Coming week' : 'Nothing today. Coming week' }] });
    blocks.push({ type: 'list', items: week.map((item) => [{ text: `${itemWhen(item)} — ${itemHeadline(item)} (${shortCitation(item.event, timeline)})` }]) });
  }
  const hidden = items.length - today.length - week.length;
  if (hidden > 0) blocks.push({ type: 'notice', tone: 'info', text: `…and ${hidden} more: /upcoming ${days} lists them all.` });
  return { title: `Timeline digest, ${formatDate(localDate, 'day')}`, blocks, visibility: 'public' };
}

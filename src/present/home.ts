import { formatDate, formatLocal } from '../shared/time/format.js';
import { addDays } from '../shared/time/calendar.js';
import { upcoming, type Timeline } from '../timeline/index.js';
import { notice, text } from './build.js';
import { shortCitation } from './timeline/cite.js';
import { itemHeadline, itemWhen } from './timeline/describe.js';
import type { Block, Reply, TextRun } from './types.js';

/**
 * The bot's home page (Slack's App Home): what it knows, this week on the timeline, where the
 * digest goes, and what to ask. Pure: the platform gathers the facts (the store's subscriptions,
 * the schedule's next post times, the clock) and renders the reply.
 */

/** A channel with a digest, as the home lists it. */
export interface HomeChannel {
  /** What names the channel to the reader; the platform chooses (an id, a name). */
  label: string;
  timeZone: string;
  cadence: 'weekdays' | 'daily';
  /** The next post, or null when posting is paused. */
  nextPostAt: Date | null;
  pausedReason?: string | null;
}

export interface HomeFacts {
  documents: number;
  loadedAt: Date;
  timeline: Timeline;
  /** Today in UTC, YYYY-MM-DD: the week shown starts here. */
  today: string;
  channels: readonly HomeChannel[];
  /** Example uses, as the commands give them ("/ask what is JUCIP"). */
  examples: readonly string[];
  /** Where else the platform takes questions (mentions, messages, a shortcut), in its own words. */
  howToAsk?: string;
}

/** The week: today and the coming six days, as the digest's "coming week". */
export const HOME_DAYS = 7;
/** A home page is read at a glance; the rest is one /upcoming away. */
export const MAX_HOME_ITEMS = 10;
export const MAX_HOME_CHANNELS = 20;

const heading = (value: string): Block => ({ type: 'text', spans: [{ text: value, marked: true }] });
const line = (value: string): TextRun[] => [{ text: value }];

function knows(facts: HomeFacts): Block[] {
  const papers = facts.documents === 1 ? '1 paper' : `${facts.documents} papers`;
  return [heading('What I know'), text(`${papers} on US–Japan economic security, loaded ${formatLocal(facts.loadedAt, 'UTC')} UTC. Every answer is a verbatim excerpt with its citation.`)];
}

function week(facts: HomeFacts): Block[] {
  const last = addDays(facts.today, HOME_DAYS - 1);
  const blocks = [heading(`This week: anniversaries and deadlines, ${formatDate(facts.today, 'day')} to ${formatDate(last, 'day')} (UTC)`)];
  // A month's items come with the month's first day, as in the digest, not on every day of it.
  const { items } = upcoming(facts.timeline, facts.today, HOME_DAYS, { timeZone: 'UTC', months: 'start' });
  if (items.length === 0) return [...blocks, notice('info', `Nothing on the timeline this week. /upcoming 30 looks further ahead.`)];
  const shown = items.slice(0, MAX_HOME_ITEMS);
  blocks.push({ type: 'list', items: shown.map((item) => line(`${itemWhen(item)} — ${itemHeadline(item)} (${shortCitation(item.event, facts.timeline)})`)) });
  if (items.length > shown.length) blocks.push(notice('info', `…and ${items.length - shown.length} more: /upcoming ${HOME_DAYS} lists them all.`));
  return blocks;
}

function channelLine(channel: HomeChannel): TextRun[] {
  const days = channel.cadence === 'daily' ? 'every day' : 'weekdays';
  if (channel.nextPostAt === null) return line(`${channel.label} — paused${channel.pausedReason ? `: ${channel.pausedReason}` : ''}`);
  return line(`${channel.label} — next digest ${formatLocal(channel.nextPostAt, channel.timeZone)} ${channel.timeZone} (${days})`);
}

function channels(facts: HomeFacts): Block[] {
  const blocks = [heading('Daily digests in this workspace')];
  if (facts.channels.length === 0) return [...blocks, text('No channel has a digest yet: /digest subscribe in a channel starts one.')];
  const shown = facts.channels.slice(0, MAX_HOME_CHANNELS);
  blocks.push({ type: 'list', items: shown.map(channelLine) });
  if (facts.channels.length > shown.length) blocks.push(notice('info', `…and ${facts.channels.length - shown.length} more channels.`));
  return blocks;
}

function examples(facts: HomeFacts): Block[] {
  const blocks: Block[] = [heading('Try asking'), { type: 'list', items: facts.examples.map(line) }];
  return facts.howToAsk ? [...blocks, text(facts.howToAsk)] : blocks;
}

export function homeReply(facts: HomeFacts): Reply {
  return { title: 'briefbot', blocks: [...knows(facts), ...week(facts), ...channels(facts), ...examples(facts)], visibility: 'ephemeral' };
}

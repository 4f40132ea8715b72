import type { Command } from '../src/dispatch/types.js';
import { usageWithExamples } from '../src/dispatch/usage.js';
import { notice, text, usageReply } from '../src/present/build.js';
import type { Block, Reply } from '../src/present/types.js';
import { eventBlocks } from '../src/present/timeline/cite.js';
import { eventHeadline } from '../src/present/timeline/describe.js';
import { page } from '../src/present/timeline/page.js';
import { parseTimelineQuery, selectEvents, yearSpan } from '../src/timeline/index.js';

const MAX_QUERY_LENGTH = 100;
/** Passages searched for a topic (as /ask searches, acronyms expanded): enough to catch every telling of its events. */
const TOPIC_PASSAGES = 30;

const timelineCommand = {
  name: 'timeline',
  description: 'Dated events from the papers, about a topic or in a year, in date order',
  options: [
    { name: 'query', description: 'A topic, or a year (four digits)', type: 'string', rest: true, maxLength: MAX_QUERY_LENGTH },
    { name: 'offset', description: 'Events to skip (the "More" button)', type: 'integer', min: 0, hidden: true },
  ],
  examples: ['/timeline export controls', '/timeline 2023'],
  run(options, context): Reply {
    const raw = typeof options.query === 'string' ? options.query.trim() : '';
    if (/^\d+$/.test(raw) && raw.length !== 4) {
      return usageReply(`“${raw}” is not a year: write four digits, e.g. 2023.`, usageWithExamples(timelineCommand));
    }
    if (raw.length > MAX_QUERY_LENGTH) {
      return usageReply(`That topic is ${raw.length} characters long; /timeline takes at most ${MAX_QUERY_LENGTH}.`, usageWithExamples(timelineCommand));
    }
    const { timeline, search, expand } = context.knowledge;
    const query = parseTimelineQuery(raw);
    const events = selectEvents(timeline, query, (topic) => new Set(search.find(topic, TOPIC_PASSAGES, expand(topic)).map((hit) => hit.passage.id)));
    const label = query.kind === 'all' ? 'all events' : query.kind === 'year' ? String(query.year) : `“${query.text}”`;
    if (events.length === 0) {
      const span = yearSpan(timeline);
      const range = span ? ` The timeline runs from ${span[0]} to ${span[1]}.` : '';
      const hint = query.kind === 'topic' ? ` Try other words, or /ask ${query.text}.` : '';
      return { blocks: [notice('info', `No dated events for ${label}.${range}${hint}`)], visibility: 'ephemeral' };
    }
    const shown = page(events, typeof options.offset === 'number' ? options.offset : 0);
    if (shown.items.length === 0) return { title: `Timeline: ${label}`, blocks: [notice('info', 'No more events.')], visibility: 'ephemeral' };
    const blocks: Block[] = shown.items.flatMap((event) => [text(eventHeadline(event)), ...eventBlocks(event, timeline)]);
    if (events.length > shown.items.length) blocks.push(text(`${shown.summary}.`));
    return {
      title: `Timeline: ${label}`,
      blocks,
      buttons: shown.next === null ? [] : [{ id: 'more', label: 'More', command: 'timeline', args: { query: raw, offset: shown.next } }],
      visibility: 'ephemeral',
      shareable: true,
    };
  },
} satisfies Command;

export default timelineCommand;

import type { Command } from '../src/dispatch/types.js';
import { usageWithExamples } from '../src/dispatch/usage.js';
import { usageReply } from '../src/present/build.js';
import { timelineReply } from '../src/present/timeline/events.js';
import type { Reply } from '../src/present/types.js';
import { parseTimelineQuery, selectEvents } from '../src/timeline/index.js';

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
    return timelineReply(timeline, query, events, raw, typeof options.offset === 'number' ? options.offset : 0);
  },
} satisfies Command;

export default timelineCommand;

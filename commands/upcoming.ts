import type { Command } from '../src/dispatch/types.js';
import { usageWithExamples } from '../src/dispatch/usage.js';
import { usageReply } from '../src/present/build.js';
import type { Reply } from '../src/present/types.js';
import { MAX_UPCOMING_DAYS, upcomingReply } from '../src/present/timeline/upcoming.js';
import { resolveTimeZone } from '../src/shared/time/time-zones.js';
import { localDate } from '../src/shared/time/zoned-time.js';

const DEFAULT_DAYS = 7;
/**
 * UTC unless the user names a zone: the team reads in Washington and Tokyo, and UTC's day sits
 * between theirs; a calendar date from the papers is the same day in every zone anyway.
 */
const DEFAULT_ZONE = 'UTC';

const upcomingCommand = {
  name: 'upcoming',
  description: 'Anniversaries and deadlines from the papers and the team calendar in the coming days',
  options: [
    { name: 'days', description: 'How many days ahead, today included', type: 'integer', min: 1, max: MAX_UPCOMING_DAYS, default: DEFAULT_DAYS },
    { name: 'zone', description: 'Your time zone, e.g. Asia/Tokyo', type: 'string', maxLength: 64, default: DEFAULT_ZONE },
    { name: 'offset', description: 'Items to skip (the "More" button)', type: 'integer', min: 0, hidden: true },
  ],
  examples: ['/upcoming', '/upcoming 30 Asia/Tokyo'],
  run(options, context): Reply {
    const days = options.days ?? DEFAULT_DAYS;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_UPCOMING_DAYS) {
      return usageReply(`/upcoming takes a number of days from 1 to ${MAX_UPCOMING_DAYS}.`, usageWithExamples(upcomingCommand));
    }
    const typed = typeof options.zone === 'string' ? options.zone : DEFAULT_ZONE;
    const resolved = resolveTimeZone(typed);
    if (!resolved.ok) {
      const near = resolved.suggestions.length > 0 ? ` Did you mean ${resolved.suggestions.join(', ')}?` : '';
      return usageReply(`“${typed}” is not a time zone name.${near}`, usageWithExamples(upcomingCommand));
    }
    const zone = resolved.timeZone;
    const offset = typeof options.offset === 'number' ? options.offset : 0;
    return upcomingReply(context.knowledge.timeline, localDate(context.now(), zone), days, zone, offset);
  },
} satisfies Command;

export default upcomingCommand;

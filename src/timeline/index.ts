/** The timeline's public face: build it once, then ask it what is coming, what happened, and the digest. */
export { buildTimeline, TEAM_FILE } from './build.js';
export { loadTeamEvents } from './team/load.js';
export { parseTeamEvents, type TeamEvents } from './team/parse.js';
export type { TeamEvent } from './team/types.js';
export { upcoming, type Upcoming, type UpcomingItem, type UpcomingOptions, type UpcomingType } from './upcoming.js';
export { upcomingReply, MAX_UPCOMING_DAYS } from '../present/timeline/upcoming.js';
export { composeDigest, type DigestOptions } from '../present/timeline/digest.js';
export { eventJson, eventsJson, upcomingJson, type EventJson, type UpcomingJson } from './json.js';
export { parseTimelineQuery, selectEvents, type TimelineQuery } from './query.js';
export { localDate } from '../shared/time/zoned-time.js';
export { resolveTimeZone } from '../shared/time/time-zones.js';
export type * from './types.js';

/**
 * The timeline's public face, the one module outside code imports: build it once, then ask it
 * what is coming and what happened. Plain data; replies are made in src/present/timeline/.
 */
export { buildTimeline } from './build.js';
export { loadTeamEvents } from './team/load.js';
export { parseTeamEvents, type TeamEvents } from './team/parse.js';
export type { TeamEvent } from './team/types.js';
export { upcoming, type Upcoming, type UpcomingItem, type UpcomingOptions, type UpcomingType } from './upcoming.js';
export { eventsJson, upcomingJson, type EventJson, type UpcomingJson } from './json.js';
export { parseTimelineQuery, selectEvents, yearSpan, type TimelineQuery } from './query.js';
export { sourcePlace } from './source-place.js';
export type * from './types.js';

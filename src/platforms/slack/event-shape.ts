import type { Verdict } from './request-shape.js';
import { isObject, isText, optionalId, optionalText, routedAs, type Json } from './shape-checks.js';

/** The events the bot subscribes to (manifest.ts): the rest of event_callback is acknowledged unread. */
const HANDLED = new Set(['app_mention', 'message', 'app_home_opened']);

const REJECT = (reason: string): Verdict => ({ action: 'reject', reason });

/**
 * The ids Bolt reads to choose a client (buildSource): the body's team and enterprise, or those of
 * its first authorization. Only Slack's id shape passes (shape-checks.ts says why).
 */
function idsAreSlack(body: Json): boolean {
  if (!optionalId(body.team_id) || !optionalId(body.enterprise_id)) return false;
  const { authorizations } = body;
  if (authorizations === undefined) return true;
  if (!Array.isArray(authorizations)) return false;
  const [first] = authorizations as unknown[];
  return first === undefined || (isObject(first) && optionalId(first.team_id) && optionalId(first.enterprise_id));
}

/**
 * Someone opened the bot's App Home (docs.slack.dev, app_home_opened): a user, the DM channel, the
 * tab, and no ts. The listener reads `user` and `tab`; Bolt reads `channel` and `user`.
 */
function homeOpened(event: Json, eventId: unknown): Verdict {
  const { user, tab } = event;
  if (!isText(user) || !isText(tab)) return REJECT('app_home_opened without a user or tab');
  if (!optionalText(event.channel) || !optionalText(event.event_ts) || !optionalText(eventId)) return REJECT('app_home_opened with a malformed channel, event_ts or event_id');
  if (event.channel_id !== undefined || event.item !== undefined || event.subteam !== undefined) return REJECT('app_home_opened with fields of another event');
  if (tab !== 'home') return { action: 'ignore', reason: `app_home_opened on the ${tab.slice(0, 20)} tab, which has no view` };
  return { action: 'forward', kind: 'event', fields: { event: 'app_home_opened', user } };
}

/**
 * An Events API event_callback. Bolt reads `event` with the `in` operator and follows
 * `event.user.id`, `event.item.channel` and `event.subteam.created_by` (getTypeAndConversation,
 * buildSource), so a null or a number in one of those throws inside its receiver: the events the
 * bot handles go on only with the fields it and Bolt read in the shape Slack sends them.
 */
export function eventCallback(body: Json): Verdict {
  if (!routedAs(body, 'event')) return REJECT('an event_callback with fields of another kind of request');
  if (!idsAreSlack(body)) return REJECT('an event_callback with a malformed team, enterprise or authorization');
  const { event, event_id } = body;
  if (!isObject(event)) return REJECT('an event_callback without an event');
  if (typeof event.type !== 'string') return REJECT('an event without a type');
  if (!HANDLED.has(event.type)) return { action: 'ignore', reason: `an Events API ${event.type.slice(0, 40)} event, which the bot does not use` };
  if (event.type === 'app_home_opened') return homeOpened(event, event_id);
  if (event.type === 'message' && event.channel_type !== 'im') return { action: 'ignore', reason: 'a message outside a direct message' };
  if (!isText(event.channel) || !isText(event.ts)) return REJECT(`${event.type} without a channel or ts`);
  if (!optionalText(event.user) || !optionalText(event.text) || !optionalText(event.thread_ts) || !optionalText(event_id)) {
    return REJECT(`${event.type} with a malformed user, text, thread_ts or event_id`);
  }
  if (event.channel_id !== undefined || event.item !== undefined || event.subteam !== undefined) return REJECT(`${event.type} with fields of another event`);
  return { action: 'forward', kind: 'event', fields: { event: event.type, channel: event.channel, ...(isText(event.user) ? { user: event.user } : {}) } };
}

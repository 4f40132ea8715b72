import type { Verdict } from './request-shape.js';
import { ASK_SHORTCUT } from './shortcut-id.js';
import { isHttpUrl, isObject, isText, optionalId, optionalText, routedAs, type Json } from './shape-checks.js';

const REJECT = (reason: string): Verdict => ({ action: 'reject', reason });

const teamOk = (team: unknown): boolean => team === undefined || team === null || (isObject(team) && optionalId(team.id) && optionalId(team.enterprise_id));
const enterpriseOk = (enterprise: unknown): boolean => enterprise === undefined || enterprise === null || (isObject(enterprise) && optionalId(enterprise.id));

/**
 * A message shortcut (`message_action`). Only the bot's own, "Ask briefbot about this", goes on
 * to Bolt, and only with what Bolt and the listener read in Slack's shape: the user (Bolt's source
 * and the asker), the channel (Bolt's conversation id), the team and enterprise (Bolt's client
 * choice: only Slack's id shape, shape-checks.ts says why), the message's text (the question) and
 * a response_url (where the private answer goes). Another app's callback_id is acknowledged unread.
 */
export function messageShortcut(payload: Json): Verdict {
  if (!routedAs(payload)) return REJECT('message_action with fields of another kind of request');
  const { user, channel, team, enterprise, message, callback_id: callbackId, response_url: responseUrl, trigger_id: triggerId } = payload;
  if (!isObject(user) || !isText(user.id) || !optionalText(user.name) || !optionalText(user.username) || !optionalId(user.team_id)) {
    return REJECT('message_action without a user');
  }
  if (!isText(callbackId)) return REJECT('message_action without a callback_id');
  if (callbackId !== ASK_SHORTCUT.callbackId) return { action: 'ignore', reason: `a message shortcut the bot did not declare (${callbackId.slice(0, 60)})` };
  if (!isObject(channel) || !isText(channel.id)) return REJECT('message_action without a channel');
  if (!teamOk(team) || !enterpriseOk(enterprise)) return REJECT('message_action with a malformed team or enterprise');
  if (!isObject(message) || !optionalText(message.text)) return REJECT('message_action without a message, or with a text that is not a string');
  if (!isHttpUrl(responseUrl)) return REJECT('message_action without an http(s) response_url');
  if (!optionalText(triggerId)) return REJECT('message_action with a malformed trigger_id');
  return {
    action: 'forward',
    kind: 'shortcut',
    fields: { shortcut: callbackId, user: user.id, channel: channel.id },
    ...(isText(triggerId) ? { replayKey: `trigger:${triggerId}` } : {}),
  };
}

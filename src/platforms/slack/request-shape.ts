import { createHash } from 'node:crypto';
import { parse as parseForm } from 'node:querystring';
import { ACTION_ID } from './buttons.js';
import { eventCallback } from './event-shape.js';
import { messageShortcut } from './shortcut-shape.js';
import { isHttpUrl, isObject, isText, optionalId, optionalText, routedAs, type Json } from './shape-checks.js';

/**
 * What to do with a signed request before Bolt sees it. Bolt 5.1 reads `body.ssl_check` of any
 * parsed body, so `payload=null` throws inside its receiver (an unhandled rejection, and a
 * request left open until Node's own timeout); and any body it cannot route waits its 3-second
 * "not acknowledged" timer and is answered 404, past Slack's limit. So only the bodies the bot
 * listens for, with the fields it and Bolt read, go on to Bolt; the rest is answered here at once.
 */
export type Verdict =
  | { action: 'forward'; kind: 'command' | 'button' | 'shortcut' | 'event' | 'ssl_check' | 'url_verification'; replayKey?: string; fields: Record<string, string> }
  | { action: 'ignore'; reason: string }
  | { action: 'reject'; reason: string };

/** Slack's interactivity payload types the bot never asks for (no global shortcut, modal or menu of its own). */
const UNUSED_INTERACTIONS = new Set([
  'shortcut',
  'view_submission',
  'view_closed',
  'block_suggestion',
  'interactive_message',
  'dialog_submission',
  'dialog_suggestion',
  'dialog_cancellation',
]);

const REJECT = (reason: string): Verdict => ({ action: 'reject', reason });

/** A slash command: the form fields the listener and Bolt read, each one string (a repeated field is an array). */
function slashCommand(form: Json): Verdict {
  if (!routedAs(form, 'command')) return REJECT('a slash command with fields of another kind of request');
  const { command, user_id, channel_id, response_url, text, user_name, trigger_id, team_id, enterprise_id } = form;
  if (!isText(command) || !command.startsWith('/')) return REJECT('a slash command without a /name');
  if (!isText(user_id) || !isText(channel_id)) return REJECT('a slash command without user_id or channel_id');
  if (!isHttpUrl(response_url)) return REJECT('a slash command without an http(s) response_url');
  if (!optionalText(text) || !optionalText(user_name) || !optionalText(trigger_id)) return REJECT('a slash command with a repeated field');
  if (!optionalId(team_id) || !optionalId(enterprise_id)) return REJECT('a slash command with a malformed team or enterprise id');
  return { action: 'forward', kind: 'command', fields: { command, user: user_id, channel: channel_id }, ...(isText(trigger_id) ? { replayKey: `trigger:${trigger_id}` } : {}) };
}

/** The one interaction the bot listens for: a press of one of its own buttons. */
function buttonPress(payload: Json): Verdict {
  if (!routedAs(payload)) return REJECT('block_actions with fields of another kind of request');
  const { user, team, enterprise, channel, actions, response_url, trigger_id } = payload;
  if (!isObject(user) || !isText(user.id) || !optionalText(user.name) || !optionalText(user.username) || !optionalId(user.team_id)) {
    return REJECT('block_actions without a user');
  }
  if (!(team === undefined || team === null || (isObject(team) && optionalId(team.id)))) return REJECT('block_actions with a malformed team');
  if (!(enterprise === undefined || enterprise === null || (isObject(enterprise) && optionalId(enterprise.id)))) return REJECT('block_actions with a malformed enterprise');
  if (!(channel === undefined || (isObject(channel) && isText(channel.id)))) return REJECT('block_actions with a malformed channel');
  if (!Array.isArray(actions) || actions.length === 0) return REJECT('block_actions without actions');
  const [action] = actions as unknown[];
  if (!isObject(action) || !isText(action.action_id) || !optionalText(action.value) || !optionalText(action.block_id)) return REJECT('block_actions with a malformed action');
  if (!ACTION_ID.test(action.action_id)) return { action: 'ignore', reason: `a button the bot did not make (${action.action_id.slice(0, 60)})` };
  if (!isHttpUrl(response_url)) return REJECT('block_actions without an http(s) response_url');
  if (!optionalText(trigger_id)) return REJECT('block_actions with a malformed trigger_id');
  return {
    action: 'forward',
    kind: 'button',
    fields: { action: action.action_id, user: user.id },
    ...(isText(trigger_id) ? { replayKey: `trigger:${trigger_id}` } : {}),
  };
}

function interaction(text: string): Verdict {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return REJECT('an interactivity payload that is not JSON');
  }
  if (!isObject(payload)) return REJECT(`an interactivity payload that is ${payload === null ? 'null' : Array.isArray(payload) ? 'an array' : `a ${typeof payload}`}`);
  const { type } = payload;
  if (typeof type !== 'string') return REJECT('an interactivity payload without a type');
  if (type === 'block_actions') return buttonPress(payload);
  if (type === 'message_action') return messageShortcut(payload);
  if (UNUSED_INTERACTIONS.has(type)) {
    const user = payload.user;
    if (!isObject(user) || !isText(user.id)) return REJECT(`${type} without a user`);
    return { action: 'ignore', reason: `${type}, which the bot does not use` };
  }
  return REJECT(`an interactivity payload of unknown type ${JSON.stringify(type.slice(0, 40))}`);
}

/** A JSON body: the Events API (event-shape.ts says which events go on); url_verification Bolt answers. */
function eventsApi(text: string): Verdict {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return REJECT('a body that is neither a form nor JSON');
  }
  if (!isObject(body)) return REJECT('a JSON body that is not an object');
  if (body.type === 'url_verification') return isText(body.challenge) ? { action: 'forward', kind: 'url_verification', fields: {} } : REJECT('url_verification without a challenge');
  if (body.type === 'event_callback') return eventCallback(body);
  if (body.type === 'app_rate_limited') return { action: 'ignore', reason: 'an Events API app_rate_limited notice' };
  return REJECT('a JSON body of unknown type');
}

/**
 * Judge a body as Bolt will parse it (HTTPModuleFunctions.parseHTTPRequestBody): a form when the
 * Content-Type is exactly the form type, its `payload` field as JSON when that is one string, JSON
 * otherwise. Called only on requests whose signature is valid.
 */
export function judgeRequest(contentType: string | undefined, rawBody: string): Verdict {
  const verdict = judgeBody(contentType, rawBody);
  // Without a trigger_id, the signed body itself tells a copy from a new request.
  if (verdict.action === 'forward' && (verdict.kind === 'command' || verdict.kind === 'button' || verdict.kind === 'shortcut') && verdict.replayKey === undefined) {
    return { ...verdict, replayKey: `body:${createHash('sha256').update(rawBody).digest('hex')}` };
  }
  return verdict;
}

function judgeBody(contentType: string | undefined, rawBody: string): Verdict {
  if (contentType !== 'application/x-www-form-urlencoded') return eventsApi(rawBody);
  const form = parseForm(rawBody) as Json;
  if (typeof form.payload === 'string') return interaction(form.payload);
  if (form.payload !== undefined) return REJECT('a form with more than one payload field');
  if (form.ssl_check === '1') return { action: 'forward', kind: 'ssl_check', fields: {} };
  if (form.command !== undefined) return slashCommand(form);
  return REJECT('a form that is neither a slash command nor an interaction');
}

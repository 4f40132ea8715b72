import type { Acked, Exchange, SlackHarness, SlackUser } from './slack-harness.js';
import { ALICE } from './slack-harness.js';

/** Shared by every instance in a test file, so that no two payloads share a trigger_id. */
let sent = 0;

export interface ShortcutOptions {
  user?: SlackUser;
  channel?: string;
  callbackId?: string;
  /** Fields to put in the payload as they are (a malformed one, for the guard). */
  override?: Record<string, unknown>;
}

/** A message shortcut payload as Slack sends it (docs.slack.dev, "Message shortcuts"). */
export function shortcutPayload(slack: SlackHarness, messageText: string | undefined, options: ShortcutOptions = {}): { id: string; payload: Record<string, unknown> } {
  const { user = ALICE, channel = 'C_GENERAL', callbackId = 'ask_about_message' } = options;
  const id = `shortcut-${++sent}`;
  const ts = `1800000500.${String(sent).padStart(6, '0')}`;
  const payload = {
    type: 'message_action',
    token: 'legacy-verification-token',
    action_ts: '1800000501.000001',
    team: { id: 'T1', domain: 'test' },
    user: { id: user.id, name: user.name, username: user.name, team_id: 'T1' },
    channel: { id: channel, name: 'general' },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: callbackId,
    trigger_id: `trigger-${id}`,
    response_url: slack.responses.url(id),
    message_ts: ts,
    message: { type: 'message', user: 'U_BOB', ts, client_msg_id: `m-${id}`, ...(messageText === undefined ? {} : { text: messageText }) },
    ...options.override,
  };
  return { id, payload };
}

/** Send a payload as Slack would in the harness's mode: a Socket Mode `interactive` envelope, or a signed form POST. */
export function sendInteraction(slack: SlackHarness, payload: Record<string, unknown>): Promise<Acked> {
  if (slack.socket) return slack.socket.send('interactive', payload);
  return slack.post(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
}

/** "Ask briefbot about this" on a message with this text; resolves with the ack and the answer at the response_url. */
export async function useShortcut(slack: SlackHarness, messageText: string | undefined, options: ShortcutOptions = {}): Promise<Exchange> {
  const { id, payload } = shortcutPayload(slack, messageText, options);
  const ack = await sendInteraction(slack, payload);
  return { ack, response: await slack.responses.next(id) };
}

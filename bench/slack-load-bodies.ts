/**
 * The requests of the load run, shaped as Slack sends them: /ask slash commands (a form) and
 * app_mention events (an event_callback in JSON, docs.slack.dev "The Events API"). Each has its
 * own user, so that many people ask at once and none of them is over the per-user rate limit.
 */
import type { SlackBody } from './slack-load-send.js';

/** A signed /ask, answered at its response_url on the load client's server. */
export function slashCommand(question: string, id: string, responsePort: number): SlackBody {
  const body = new URLSearchParams({
    command: '/ask',
    text: question,
    user_id: id,
    user_name: `user-${id}`,
    channel_id: 'C1',
    team_id: 'T1',
    response_url: `http://127.0.0.1:${responsePort}/respond/${id}`,
    trigger_id: `t-${id}`,
  }).toString();
  return { body, contentType: 'application/x-www-form-urlencoded' };
}

/** Slack sends message text with &, < and > as entities (docs.slack.dev, "Formatting text"). */
const slackEscaped = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A mention spread over a few channels, so that answers must find their thread, not just their channel. */
export interface Mention {
  channel: string;
  ts: string;
  body: SlackBody;
}

/** "@briefbot <question>" at the top of a channel: its answer belongs in the thread under it (thread_ts = ts). */
export function appMention(question: string, id: string, burst: number, index: number): Mention {
  const channel = `C_LOAD${index % 8}`;
  const ts = `18000${burst}0000.${String(index).padStart(6, '0')}`;
  const event = { type: 'app_mention', user: id, text: `<@UBOT> ${slackEscaped(question)}`, ts, channel, event_ts: ts };
  const body = JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: `Ev-${id}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  });
  return { channel, ts, body: { body, contentType: 'application/json' } };
}

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { platformDeps } from '../support/platform-deps.js';
import { headerText } from './fakes/slack-blocks.js';
import { SlackHarness } from './fakes/slack-harness.js';

/**
 * Signed requests the bot must answer at once and safely, through the real Bolt HTTP receiver:
 * payloads it does not listen for, and a copy of a request it has already run.
 */

/** Slack's limit for an acknowledgement: a request still open after it counts as hung. */
const SLACK_ACK_LIMIT_MS = 3_000;

const form = (payload: string) => `payload=${encodeURIComponent(payload)}`;

describe('Slack HTTP mode: malformed and replayed requests', () => {
  let slack: SlackHarness;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);

  beforeAll(async () => {
    slack = await SlackHarness.start('http', platformDeps());
  });
  afterAll(() => slack.stop());
  beforeEach(() => {
    rejections.length = 0;
    process.on('unhandledRejection', onRejection);
  });
  afterEach(() => {
    process.off('unhandledRejection', onRejection);
  });

  it.each([
    ['payload=null', form('null'), 'an interactivity payload that is null'],
    ['a payload that is not JSON', form('{"type":'), 'an interactivity payload that is not JSON'],
    ['a payload that is an array', form('[1,2]'), 'an interactivity payload that is an array'],
    ['a payload that is a number', form('5'), 'an interactivity payload that is a number'],
    ['block_actions without a user', form('{"type":"block_actions","actions":[]}'), 'block_actions without a user'],
    ['an unknown type', form('{"type":"telepathy","user":{"id":"U1"}}'), 'an interactivity payload of unknown type "telepathy"'],
    ['a slash command with a repeated field', 'command=%2Fhelp&text=a&text=b&user_id=U1&channel_id=C1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fx', 'a slash command with a repeated field'],
  ])('%s: 400 at once, a log line, no unhandled rejection', async (_name, body, reason) => {
    const ack = await slack.post(body, { timeoutMs: SLACK_ACK_LIMIT_MS });
    expect(ack.status).toBe(400);
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'refused a malformed Slack request', reason }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(rejections).toEqual([]);
  });

  it('a JSON body of unknown type: 400 at once', async () => {
    expect(await slack.post('null', { contentType: 'application/json', timeoutMs: SLACK_ACK_LIMIT_MS })).toMatchObject({ status: 400 });
    expect(await slack.post('{"type":"nonsense"}', { contentType: 'application/json', timeoutMs: SLACK_ACK_LIMIT_MS })).toMatchObject({ status: 400 });
  });

  const callback = (event: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'Ev_SHAPE', event_time: 1, event, ...extra });
  const json = { contentType: 'application/json', timeoutMs: SLACK_ACK_LIMIT_MS };

  it('url_verification (Slack checking a new request URL): the challenge echoed', async () => {
    const ack = await slack.post(JSON.stringify({ type: 'url_verification', token: 'legacy', challenge: 'c-3eZbrw1aB' }), json);
    expect(ack.status).toBe(200);
    expect(JSON.parse(ack.body ?? '')).toEqual({ challenge: 'c-3eZbrw1aB' });
  });

  it.each([
    ['without an event', callback(undefined), 'an event_callback without an event'],
    ['with a null event', callback(null), 'an event_callback without an event'],
    ['with an event that is a string', callback('app_mention'), 'an event_callback without an event'],
    ['a mention with a null user', callback({ type: 'app_mention', user: null, channel: 'C1', ts: '1.2', text: 'hi' }), 'app_mention with a malformed user, text, thread_ts or event_id'],
    ['a mention without a channel', callback({ type: 'app_mention', user: 'U1', ts: '1.2', text: 'hi' }), 'app_mention without a channel or ts'],
    ['a DM with a subteam of null', callback({ type: 'message', channel_type: 'im', user: 'U1', channel: 'D1', ts: '1.2', subteam: null }), 'message with fields of another event'],
    ['a team id Bolt would look up on Object', callback({ type: 'app_mention', user: 'U1', channel: 'C1', ts: '1.2' }, { team_id: '__proto__' }), 'an event_callback with a malformed team, enterprise or authorization'],
    ['an authorization that is not an object', callback({ type: 'app_mention', user: 'U1', channel: 'C1', ts: '1.2' }, { authorizations: [null] }), 'an event_callback with a malformed team, enterprise or authorization'],
    ['an event that is also a command', callback({ type: 'app_mention', user: 'U1', channel: 'C1', ts: '1.2' }, { command: '/ask' }), 'an event_callback with fields of another kind of request'],
  ])('an event_callback %s: 400 at once, nothing runs, no unhandled rejection', async (_name, body, reason) => {
    expect(await slack.post(body, json)).toMatchObject({ status: 400 });
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'refused a malformed Slack request', reason }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(rejections).toEqual([]);
    expect(slack.api.callsOf('chat.postMessage')).toEqual([]);
  });

  it.each([
    ['an event the bot does not subscribe to', callback({ type: 'reaction_added', user: 'U1', item: { type: 'message', channel: 'C1', ts: '1.2' } }), 'an Events API reaction_added event, which the bot does not use'],
    ['a message in a channel, not a DM', callback({ type: 'message', channel_type: 'channel', user: 'U1', channel: 'C1', ts: '1.2', text: 'what is JUCIP' }), 'a message outside a direct message'],
  ])('%s: acknowledged at once and not routed', async (_name, body, reason) => {
    expect(await slack.post(body, json)).toEqual({ status: 200, body: '' });
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ msg: 'acknowledged a Slack request the bot does not handle', reason }));
    expect(slack.api.callsOf('chat.postMessage')).toEqual([]);
  });

  it('an interaction Slack defines but the bot never asks for: acknowledged at once, nothing runs', async () => {
    const shortcut = form(JSON.stringify({ type: 'shortcut', callback_id: 'x', trigger_id: 't', user: { id: 'U_ALICE' }, team: { id: 'T1' } }));
    expect(await slack.post(shortcut, { timeoutMs: SLACK_ACK_LIMIT_MS })).toEqual({ status: 200, body: '' });
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ msg: 'acknowledged a Slack request the bot does not handle', reason: 'shortcut, which the bot does not use' }));
  });

  it.each([
    ['with a trigger_id', 'replayed', { trigger_id: 'trigger-replayed' }],
    ['without one (told apart by its body)', 'replayed-untriggered', {}],
  ])('the same signed slash command twice, %s: run once, the copy acknowledged and logged', async (_name, id, trigger) => {
    const body = new URLSearchParams({
      command: '/help',
      text: '',
      user_id: 'U_ALICE',
      user_name: 'alice',
      channel_id: 'C_GENERAL',
      team_id: 'T1',
      response_url: slack.responses.url(id),
      ...trigger,
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    expect(await slack.post(body, { timestamp })).toEqual({ status: 200, body: '' });
    expect(headerText((await slack.responses.next(id)).body)).toBe('briefbot: cited answers from US–Japan economic security papers');
    expect(await slack.post(body, { timestamp })).toEqual({ status: 200, body: '' });
    // Answers go out in the order their requests came: once a later command is answered, a second run of the copy would have been too.
    await slack.command('help', '');
    expect(slack.responses.responses.filter((response) => response.id === id)).toHaveLength(1);
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'ignored a replayed request', kind: 'command', command: '/help', user: 'U_ALICE' }));
  });
});

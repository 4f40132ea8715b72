import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformDeps } from '../support/platform-deps.js';
import { headerText } from './fakes/slack-blocks.js';
import { SlackHarness } from './fakes/slack-harness.js';

/** HTTP mode's own surface: request signing as Slack does it, and the health check. */

const helpCommand = new URLSearchParams({
  command: '/help',
  text: '',
  user_id: 'U_ALICE',
  user_name: 'alice',
  channel_id: 'C_GENERAL',
  team_id: 'T1',
  response_url: 'http://127.0.0.1:9/never',
  trigger_id: 't1',
}).toString();

describe('Slack HTTP mode', () => {
  let slack: SlackHarness;

  beforeAll(async () => {
    slack = await SlackHarness.start('http', platformDeps());
  });
  afterAll(() => slack.stop());

  it('answers GET /healthz with 200 {"ok":true}', async () => {
    const response = await fetch(`http://127.0.0.1:${slack.bot.port}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('refuses a request signed with another secret: 401, and nothing runs', async () => {
    expect(await slack.post(helpCommand, { secret: 'not-the-signing-secret' })).toMatchObject({ status: 401 });
    expect(slack.log.lines.some((line) => line.msg === 'command answered')).toBe(false);
  });

  it('refuses a correctly signed request more than 5 minutes old: 401 (a replay)', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    expect(await slack.post(helpCommand, { timestamp: sixMinutesAgo })).toMatchObject({ status: 401 });
    expect(slack.log.lines.some((line) => line.msg === 'command answered')).toBe(false);
  });

  it('takes the same request when it is signed and fresh', async () => {
    const { ack, response } = await slack.command('help', '');
    expect(ack).toEqual({ status: 200, body: '' });
    expect(headerText(response.body)).toBe('briefbot: cited answers from US–Japan economic security papers');
  });
});

import { createHmac } from 'node:crypto';
import type { SlackConfig } from '../../../src/config/chat.js';
import type { PlatformDeps, RunningPlatform } from '../../../src/platforms/common/platform.js';
import { startSlack } from '../../../src/platforms/slack/start.js';
import type { CapturedLog } from '../../support/platform-deps.js';
import { buttons } from './slack-blocks.js';
import { FakeResponseUrls, type Response, type SlackResponseBody } from './slack-response-url.js';
import { FakeSocketMode } from './slack-socket.js';
import { FakeSlackApi } from './slack-web-api.js';

export type Mode = 'socket' | 'http';

/** Shaped like the real ones, so the log's token patterns would catch them too. */
export const SECRETS = {
  botToken: 'xoxb-1111111111-2222222222-testBotTokenValue',
  appToken: 'xapp-1-A1-3333333333-testAppTokenValue',
  signingSecret: 'test-signing-secret-4f1b2c3d',
};

export interface SlackUser {
  id: string;
  name: string;
}

export const ALICE: SlackUser = { id: 'U_ALICE', name: 'alice' };

/** How the bot acknowledged: the Socket Mode ack's payload, or the HTTP response. */
export interface Acked {
  payload?: unknown;
  status?: number;
  body?: string;
}

export interface Exchange {
  ack: Acked;
  response: Response;
}

/** An exchange still under way: the ack and the reply arrive separately. */
export interface Pending {
  ack: Promise<Acked>;
  response: Promise<Response>;
}

async function settle(pending: Pending): Promise<Exchange> {
  return { ack: await pending.ack, response: await pending.response };
}

export function sign(body: string, timestamp: number, secret = SECRETS.signingSecret): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/**
 * The real bot (startSlack, real Bolt) against the three fakes, in Socket Mode or HTTP mode, with
 * one way to send a slash command or press a button in either mode.
 */
export class SlackHarness {
  private sent = 0;
  private constructor(
    readonly mode: Mode,
    readonly api: FakeSlackApi,
    readonly responses: FakeResponseUrls,
    readonly socket: FakeSocketMode | null,
    readonly bot: RunningPlatform & { port: number | null },
    readonly log: CapturedLog,
    private readonly ownsApi: boolean,
  ) {}

  /** `api`: a Web API fake that outlives this bot (a restart keeps talking to the same Slack). */
  static async start(mode: Mode, deps: PlatformDeps & { log: CapturedLog }, shared: { api?: FakeSlackApi } = {}): Promise<SlackHarness> {
    const api = shared.api ?? (await FakeSlackApi.start(SECRETS));
    const responses = await FakeResponseUrls.start();
    const socket = mode === 'socket' ? await FakeSocketMode.start() : null;
    if (socket) api.socketUrl = socket.url;
    const common = { botToken: SECRETS.botToken, apiUrl: api.url };
    const config: SlackConfig =
      mode === 'socket' ? { ...common, mode, appToken: SECRETS.appToken } : { ...common, mode, signingSecret: SECRETS.signingSecret, port: 0 };
    const bot = await startSlack(config, deps, { host: '127.0.0.1', retries: 0 });
    return new SlackHarness(mode, api, responses, socket, bot, deps.log, !shared.api);
  }

  get eventsUrl(): string {
    return `http://127.0.0.1:${this.bot.port}/slack/events`;
  }

  /** A slash command as Slack sends it; resolves with the ack and the reply at its response_url. */
  command(name: string, text: string, user = ALICE, channel = 'C_GENERAL'): Promise<Exchange> {
    return settle(this.sendCommand(name, text, user, channel));
  }

  sendCommand(name: string, text: string, user = ALICE, channel = 'C_GENERAL'): Pending {
    const id = `command-${++this.sent}`;
    const payload = {
      token: 'legacy-verification-token',
      team_id: 'T1',
      team_domain: 'test',
      channel_id: channel,
      channel_name: 'general',
      user_id: user.id,
      user_name: user.name,
      command: `/${name}`,
      text,
      api_app_id: 'A1',
      response_url: this.responses.url(id),
      trigger_id: `trigger-${id}`,
    };
    const ack = this.socket ? this.socket.send('slash_commands', payload) : this.post(new URLSearchParams(payload).toString());
    return { ack, response: this.responses.next(id) };
  }

  /** Press the button labelled `label` in a message the bot sent. */
  press(message: SlackResponseBody, label: string, user = ALICE, channel = 'C_GENERAL'): Promise<Exchange> {
    const button = buttons(message).find((element) => element.text.text === label);
    if (!button?.action_id || button.value === undefined) throw new Error(`no "${label}" button in ${JSON.stringify(message.blocks)}`);
    return this.pressRaw(button.action_id, button.value, user, channel);
  }

  /** A block_actions payload for any action_id and value, as Slack would send it. */
  pressRaw(actionId: string, value: string, user = ALICE, channel = 'C_GENERAL'): Promise<Exchange> {
    const id = `button-${++this.sent}`;
    const payload = {
      type: 'block_actions',
      user: { id: user.id, username: user.name, name: user.name, team_id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: '1700000000.000001', channel_id: channel, is_ephemeral: true },
      trigger_id: `trigger-${id}`,
      team: { id: 'T1', domain: 'test' },
      channel: { id: channel, name: 'general' },
      response_url: this.responses.url(id),
      actions: [{ type: 'button', action_id: actionId, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, value, action_ts: '1700000001.000002' }],
    };
    const ack = this.socket ? this.socket.send('interactive', payload) : this.post(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
    return settle({ ack, response: this.responses.next(id) });
  }

  /**
   * POST a body to /slack/events, signed unless told otherwise; a form unless `contentType` says
   * otherwise. `timeoutMs` gives up waiting (the fetch rejects) instead of hanging the test.
   */
  async post(body: string, options: { timestamp?: number; secret?: string; contentType?: string; timeoutMs?: number } = {}): Promise<Acked> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const response = await fetch(this.eventsUrl, {
      method: 'POST',
      // Exactly this type, as a string body: URLSearchParams would add ";charset=UTF-8" and Bolt answers 400.
      headers: {
        'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign(body, timestamp, options.secret),
      },
      body,
      ...(options.timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(options.timeoutMs) }),
    });
    return { status: response.status, body: await response.text() };
  }

  /** Everything the bot sent to Slack: Web API calls, respond() bodies, acks. */
  everythingSent(): string {
    return JSON.stringify([this.api.calls, this.responses.responses, this.socket?.acks ?? []]);
  }

  async stop(): Promise<void> {
    await this.bot.stop();
    await this.socket?.close();
    await Promise.all([this.ownsApi ? this.api.close() : null, this.responses.close()]);
  }
}

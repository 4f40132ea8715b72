import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBriefbot } from '../cli/run-cli.js';
import { SECRETS, sign } from './fakes/slack-harness.js';
import { FakeSlackApi } from './fakes/slack-web-api.js';

/** The real `briefbot start` in HTTP mode, stopped with SIGTERM while clients hold requests open. */

/** PORT must be set for HTTP mode (0 is refused): ask the system for a free one. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A signed request whose body never finishes: the headers promise 1,000 bytes, ten arrive. */
function neverFinishing(port: number): { closed: Promise<void> } {
  const body = 'payload=%7B'.padEnd(1000, 'x');
  const timestamp = Math.floor(Date.now() / 1000);
  const client = request({
    host: '127.0.0.1',
    port,
    path: '/slack/events',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length, 'x-slack-request-timestamp': timestamp, 'x-slack-signature': sign(body, timestamp) },
  });
  client.on('error', () => {});
  client.write(body.slice(0, 10));
  return { closed: new Promise((resolve) => client.on('close', () => resolve())) };
}

describe('briefbot start in Slack HTTP mode', () => {
  let api: FakeSlackApi;
  beforeAll(async () => {
    api = await FakeSlackApi.start(SECRETS);
  });
  afterAll(() => api.close());

  it('stops on SIGTERM while a client never finishes its body, after answering payload=null with 400', async () => {
    const port = await freePort();
    const bot = startBriefbot({ SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_SIGNING_SECRET: SECRETS.signingSecret, PORT: String(port), SLACK_API_URL: api.url });
    await bot.listening;

    const slow = neverFinishing(port);
    const body = 'payload=null';
    const timestamp = Math.floor(Date.now() / 1000);
    const refused = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) },
      body,
      signal: AbortSignal.timeout(3_000),
    });
    expect(refused.status).toBe(400);

    bot.child.kill('SIGTERM');
    // No time asserted: before the fix the process outlived this test's timeout.
    expect(await bot.exited).toBe(0);
    await slow.closed;
    const messages = bot.stdout().trim().split('\n').map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['refused a malformed Slack request', 'shutting down', 'closing the HTTP connections still open at shutdown', 'disconnected']));
    expect(messages).not.toContain('unhandled rejection');
    // A start, a 2 s grace and a stop: several seconds of a spawned bot, so room on a loaded machine.
  }, 45_000);
});

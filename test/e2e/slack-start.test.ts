import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/error.js';
import { startSlack } from '../../src/platforms/slack/start.js';
import { platformDeps } from '../support/platform-deps.js';
import { SECRETS } from './fakes/slack-harness.js';
import { FakeSlackApi } from './fakes/slack-web-api.js';

/** Start-up problems stop the bot with a message that names the setting to fix. */

describe('startSlack refuses to start half-configured', () => {
  let api: FakeSlackApi;
  const deps = platformDeps({ secrets: Object.values(SECRETS) });
  const options = { host: '127.0.0.1', retries: 0 };

  beforeAll(async () => {
    api = await FakeSlackApi.start(SECRETS);
  });
  afterAll(() => api.close());

  it('a bot token Slack refuses: a ConfigError naming SLACK_BOT_TOKEN', async () => {
    const start = startSlack({ mode: 'http', botToken: 'xoxb-0-0-wrong', apiUrl: api.url, signingSecret: 's', port: 0 }, deps, options);
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow(/^Slack refused SLACK_BOT_TOKEN \(invalid_auth\): copy the Bot User OAuth Token/);
  });

  it('an app token Slack refuses: a ConfigError naming SLACK_APP_TOKEN', async () => {
    const start = startSlack({ mode: 'socket', botToken: SECRETS.botToken, apiUrl: api.url, appToken: 'xapp-0-wrong' }, deps, options);
    await expect(start).rejects.toThrow(/^Slack refused SLACK_APP_TOKEN \(invalid_auth\): create an app-level token/);
  });

  it('a port already taken: a ConfigError naming PORT', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const start = startSlack({ mode: 'http', botToken: SECRETS.botToken, apiUrl: api.url, signingSecret: SECRETS.signingSecret, port }, deps, options);
      await expect(start).rejects.toThrow(`PORT ${port} is already in use`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('a Web API it cannot reach: says where it tried', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/api/`;
    await new Promise((resolve) => closed.close(resolve));
    const start = startSlack({ mode: 'http', botToken: SECRETS.botToken, apiUrl: url, signingSecret: 's', port: 0 }, deps, options);
    await expect(start).rejects.toThrow(`could not reach the Slack Web API at ${url}`);
  });

  it('logged none of the tokens while failing', () => {
    const log = deps.log.raw.join('\n');
    for (const secret of Object.values(SECRETS)) expect(log).not.toContain(secret);
  });
});

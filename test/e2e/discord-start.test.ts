import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/platforms/discord/start.js';
import { platformDeps } from '../support/platform-deps.js';
import { DiscordGatewayFake } from './fakes/discord-gateway.js';
import { TOKEN } from './fakes/discord-harness.js';
import { DiscordRestFake } from './fakes/discord-rest.js';

let rest: DiscordRestFake;
let gateway: DiscordGatewayFake;

beforeAll(async () => {
  rest = await DiscordRestFake.start();
  gateway = await DiscordGatewayFake.start();
  rest.gatewayUrl = gateway.url;
});

afterAll(async () => {
  await gateway.close();
  await rest.close();
});

describe('Discord: connecting', () => {
  it('logs in with the token, waits for the gateway, logs that it is ready, and disconnects on stop', async () => {
    const deps = platformDeps({ secrets: [TOKEN] });
    const bot = await startDiscord({ token: TOKEN, apiUrl: rest.url }, deps, { retries: 0 });
    expect(bot.name).toBe('discord');
    expect(rest.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', authorization: `Bot ${TOKEN}` });
    expect(deps.log.lines.find((line) => line.msg === 'discord: ready')).toMatchObject({ platform: 'discord', user: 'briefbot', applicationId: '900000000000000001' });
    await bot.stop();
  });

  it('refuses to start with a token Discord rejects, saying so without writing the token anywhere', async () => {
    const deps = platformDeps({ secrets: [TOKEN] });
    rest.fail(/^GET \/gateway\/bot$/, { status: 401, code: 0, message: '401: Unauthorized' });
    const failure = await startDiscord({ token: TOKEN, apiUrl: rest.url }, deps, { retries: 0 }).catch((error: unknown) => error as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(
      'Discord: could not connect: Discord refused the token. Check DISCORD_TOKEN: the Developer Portal → your application → Bot → Reset Token gives a new one.',
    );
    for (const line of deps.log.raw) expect(line).not.toContain(TOKEN);
  });
});

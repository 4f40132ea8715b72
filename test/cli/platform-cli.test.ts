import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { TOKEN } from '../e2e/fakes/discord-harness.js';
import { DiscordRestFake } from '../e2e/fakes/discord-rest.js';
import { SECRETS } from '../e2e/fakes/slack-harness.js';
import { FakeSocketMode } from '../e2e/fakes/slack-socket.js';
import { FakeSlackApi } from '../e2e/fakes/slack-web-api.js';
import { briefbot, startBriefbot } from './run-cli.js';

describe('briefbot slack-manifest', () => {
  it('prints a Socket Mode manifest with every command, or an HTTP one for --url', async () => {
    const socket = await briefbot(['slack-manifest']);
    expect(socket.code).toBe(0);
    const manifest = JSON.parse(socket.stdout);
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(commands.map((c) => `/${c.name}`));
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    const http = JSON.parse((await briefbot(['slack-manifest', '--url', 'https://bot.example.com/slack/events', '--name', 'Policy desk'])).stdout);
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.interactivity.request_url).toBe('https://bot.example.com/slack/events');
    expect(http.display_information.name).toBe('Policy desk');
  });

  it('declares the commands under BRIEFBOT_COMMAND_PREFIX, usage hints included', async () => {
    const run = await briefbot(['slack-manifest'], '', { BRIEFBOT_COMMAND_PREFIX: 'brief' });
    const declared = JSON.parse(run.stdout).features.slash_commands as { command: string; usage_hint?: string }[];
    expect(declared.map((c) => c.command)).toEqual(commands.map((c) => `/brief-${c.name}`));
  });

  it('refuses an address Slack cannot post to', async () => {
    const run = await briefbot(['slack-manifest', '--url', 'http://bot.example.com/slack/events']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--url must be https');
  });
});

describe('briefbot discord-register', () => {
  let rest: DiscordRestFake;
  beforeAll(async () => {
    rest = await DiscordRestFake.start();
  });
  afterAll(() => rest.close());

  it('registers every command in one server', async () => {
    const run = await briefbot(['discord-register', '--guild', '910000000000000001'], '', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: rest.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Registered 7 commands for application \d+ in server 910000000000000001 \(available at once\): \/ask \/acronym/);
    const put = rest.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toMatch(/\/guilds\/910000000000000001\/commands$/);
    // The slash commands, then the message command (right-click a message → Apps).
    expect(put?.body.map((c: { name: string }) => c.name)).toEqual([...commands.map((c) => c.name), 'Ask briefbot']);
    expect(run.stdout).toContain('/help, and the message command “Ask briefbot” (right-click a message → Apps)');
  });

  it('registers the commands under BRIEFBOT_COMMAND_PREFIX; the message command keeps its name', async () => {
    const run = await briefbot(['discord-register', '--guild', '910000000000000002'], '', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: rest.url, BRIEFBOT_COMMAND_PREFIX: 'brief' });
    expect(run.code).toBe(0);
    const put = rest.requests.filter((r) => r.method === 'PUT').at(-1);
    expect(put?.body.map((c: { name: string }) => c.name)).toEqual([...commands.map((c) => `brief-${c.name}`), 'Ask briefbot']);
  });

  it('explains a missing token and a malformed server id', async () => {
    const missing = await briefbot(['discord-register']);
    expect(missing.code).toBe(78);
    expect(missing.stderr).toContain('DISCORD_TOKEN is not set');
    const malformed = await briefbot(['discord-register', '--guild', 'my-server'], '', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: rest.url });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--guild must be a server id');
  });
});

describe('briefbot start with chat tokens', () => {
  let api: FakeSlackApi;
  let socket: FakeSocketMode;
  beforeAll(async () => {
    [api, socket] = await Promise.all([FakeSlackApi.start(SECRETS), FakeSocketMode.start()]);
    api.socketUrl = socket.url;
  });
  afterAll(async () => {
    await socket.close();
    await api.close();
  });

  it('connects to Slack, logs JSON lines without the tokens, and stops cleanly on SIGTERM', async () => {
    const bot = startBriefbot({ SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_APP_TOKEN: SECRETS.appToken, SLACK_API_URL: api.url });
    await bot.listening;
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const stdout = bot.stdout();
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['listening for commands', 'digest scheduler started', 'shutting down', 'disconnected']));
    expect(stdout).not.toContain(SECRETS.botToken);
    expect(stdout).not.toContain(SECRETS.appToken);
  });

  it('stops at once with the fix when a Slack setting is incomplete', async () => {
    const run = await briefbot(['start'], '', { SLACK_BOT_TOKEN: SECRETS.botToken });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN is set, but not how Slack reaches the bot');
  });
});

import { describe, expect, it } from 'vitest';
import { chatSecrets, loadChatConfig } from '../../src/config/chat.js';

const BOT = 'xoxb-1-2-abc';
const APP = 'xapp-1-A1-2-def';

describe('chat configuration', () => {
  it('starts no platform without tokens, with the documented defaults', () => {
    expect(loadChatConfig({})).toEqual({ slack: null, discord: null, admins: new Set(), rateLimitPerMinute: 20, logLevel: 'info', commandPrefix: '' });
  });

  it('reads the command prefix, refusing one that would not make a valid command name', () => {
    expect(loadChatConfig({ BRIEFBOT_COMMAND_PREFIX: 'brief' }).commandPrefix).toBe('brief');
    for (const bad of ['Brief', 'brief-', 'a b', 'x'.repeat(21)]) {
      expect(() => loadChatConfig({ BRIEFBOT_COMMAND_PREFIX: bad }), bad).toThrow(/BRIEFBOT_COMMAND_PREFIX: .* lower-case letters, digits or "_"/);
    }
  });

  it('chooses Socket Mode with an app token, HTTP mode with a signing secret and port', () => {
    expect(loadChatConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }).slack).toEqual({
      mode: 'socket',
      botToken: BOT,
      appToken: APP,
      apiUrl: 'https://slack.com/api/',
    });
    expect(loadChatConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's3cret', PORT: '3000', SLACK_API_URL: 'https://slack-gov.com/api' }).slack).toEqual({
      mode: 'http',
      botToken: BOT,
      signingSecret: 's3cret',
      port: 3000,
      apiUrl: 'https://slack-gov.com/api/',
    });
  });

  it('reads Discord, the admins, the rate limit and the log level', () => {
    const config = loadChatConfig({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_API_URL: 'http://127.0.0.1:8080/api/', BRIEFBOT_ADMINS: 'U1, 1234 U2', BRIEFBOT_RATE_LIMIT: '5', LOG_LEVEL: 'DEBUG' });
    expect(config.discord).toEqual({ token: 'abc.def.ghi', apiUrl: 'http://127.0.0.1:8080/api' });
    expect([...config.admins]).toEqual(['U1', '1234', 'U2']);
    expect(config.rateLimitPerMinute).toBe(5);
    expect(config.logLevel).toBe('debug');
    expect(chatSecrets(config)).toEqual(['abc.def.ghi']);
  });

  it.each([
    [{ SLACK_BOT_TOKEN: BOT }, /SLACK_APP_TOKEN for Socket Mode, or SLACK_SIGNING_SECRET and PORT/],
    [{ SLACK_APP_TOKEN: APP }, /SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: BOT }, /SLACK_BOT_TOKEN must be the bot token.*"xoxb-"/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', PORT: '80a' }, /PORT: "80a" must be a whole number from 1 to 65535/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'slack.com/api' }, /SLACK_API_URL: "slack.com\/api" is not a URL/],
    [{ DISCORD_TOKEN: 'Bot abc' }, /without "Bot "/],
    [{ BRIEFBOT_RATE_LIMIT: '0' }, /BRIEFBOT_RATE_LIMIT: "0" must be a whole number from 1/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: "loud" is not one of/],
  ])('explains a setting that cannot work: %o', (env, message) => {
    expect(() => loadChatConfig(env)).toThrow(message);
  });

  it('names the secrets the log must redact', () => {
    expect(chatSecrets(loadChatConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, DISCORD_TOKEN: 'd.t.k' }))).toEqual([BOT, APP, 'd.t.k']);
  });
});

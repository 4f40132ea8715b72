import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { slackManifest } from '../../../src/platforms/slack/manifest.js';

const socket = slackManifest(commands);
const http = slackManifest(commands, { name: 'Brief Bot', requestUrl: 'https://bot.example.com/slack/events' });

describe('slackManifest', () => {
  it('declares every command, generated from its definition', () => {
    const declared = socket.features.slash_commands;
    expect(declared.map((c) => c.command)).toEqual(commands.map((c) => `/${c.name}`));
    for (const [i, command] of commands.entries()) {
      expect(declared[i]).toMatchObject({ description: command.description, should_escape: false });
    }
    const byName = Object.fromEntries(declared.map((c) => [c.command, c]));
    // The usage line without the command itself, and without options only buttons set.
    expect(byName['/ask']!.usage_hint).toBe('<question>');
    expect(byName['/digest']!.usage_hint).toBe('[subscribe|unsubscribe|status|preview] [settings]');
    expect(byName['/help']).not.toHaveProperty('usage_hint');
  });

  it('asks for exactly the scopes the bot uses: mentions and its own DMs, never a channel’s history', () => {
    expect(socket.oauth_config.scopes.bot).toEqual(['commands', 'chat:write', 'users:read', 'app_mentions:read', 'im:history']);
    expect(socket.oauth_config.scopes.bot.some((scope) => /^(channels|groups|mpim):history$/.test(scope))).toBe(false);
  });

  it('subscribes to mentions, direct messages and the App Home, with a Messages tab people can write in and a Home tab', () => {
    for (const manifest of [socket, http]) {
      expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im', 'app_home_opened']);
      expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    }
  });

  it('declares the message shortcut "Ask briefbot about this", within Slack’s limits', () => {
    for (const manifest of [socket, http]) {
      expect(manifest.features.shortcuts).toEqual([
        { name: 'Ask briefbot about this', type: 'message', callback_id: 'ask_about_message', description: expect.any(String) as string },
      ]);
      const [shortcut] = manifest.features.shortcuts;
      // Slack's manifest schema: name up to 24 characters, description up to 150, callback_id up to 255.
      expect(shortcut!.name.length).toBeLessThanOrEqual(24);
      expect(shortcut!.description.length).toBeLessThanOrEqual(150);
    }
    // Interactivity delivers it: already on, on the same URL as the buttons.
    expect(http.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://bot.example.com/slack/events' });
  });

  it('Socket Mode without a request URL: no URLs anywhere', () => {
    expect(socket.settings).toEqual({
      event_subscriptions: { bot_events: ['app_mention', 'message.im', 'app_home_opened'] },
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    });
    expect(JSON.stringify(socket)).not.toContain('url');
  });

  it('HTTP mode with one: every command, the buttons and the events post to it', () => {
    expect(http.settings).toEqual({
      event_subscriptions: { bot_events: ['app_mention', 'message.im', 'app_home_opened'], request_url: 'https://bot.example.com/slack/events' },
      interactivity: { is_enabled: true, request_url: 'https://bot.example.com/slack/events' },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    });
    for (const command of http.features.slash_commands) expect(command.url).toBe('https://bot.example.com/slack/events');
  });

  it('fits Slack’s field limits and names the bot', () => {
    expect(socket.display_information.name).toBe('briefbot');
    expect(socket.display_information.description.length).toBeLessThanOrEqual(140);
    expect(socket.display_information.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(http.display_information.name).toBe('Brief Bot');
    expect(http.features.bot_user).toEqual({ display_name: 'brief-bot', always_online: true });
    expect(() => slackManifest(commands, { name: 'x'.repeat(36) })).toThrow(/option "name" must be 1 to 35 characters/);
    expect(() => slackManifest(commands, { requestUrl: 'ftp://x' })).toThrow(/option "requestUrl"/);
  });
});

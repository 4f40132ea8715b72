import type { Command } from '../../dispatch/types.js';
import { usageLine } from '../../dispatch/usage.js';
import { ASK_SHORTCUT } from './shortcut-id.js';

export interface ManifestOptions {
  /** The app's name in Slack; "briefbot" by default. */
  name?: string;
  /** HTTP mode: the bot's public https address + /slack/events. Without it, Socket Mode. */
  requestUrl?: string;
}

export interface SlashCommandManifest {
  command: string;
  description: string;
  usage_hint?: string;
  should_escape: boolean;
  url?: string;
}

/** The parts of Slack's app manifest (schema v1) that briefbot sets. */
export interface SlackManifest {
  _metadata: { major_version: number; minor_version: number };
  display_information: { name: string; description: string; background_color: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string; always_online: boolean };
    shortcuts: { name: string; type: 'message' | 'global'; callback_id: string; description: string }[];
    slash_commands: SlashCommandManifest[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

/** Field limits from Slack's manifest schema (github.com/slackapi/manifest-schema, v1). */
const MAX_NAME = 35;
const MAX_COMMAND = 32;
const MAX_DESCRIPTION = 2000;
const MAX_USAGE_HINT = 1000;

const DESCRIPTION = 'Verbatim, cited answers from US–Japan economic security papers, acronyms, and a daily digest of anniversaries and deadlines.';

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`slackManifest: ${message}`);
}

/** The usage line without the command itself: Slack shows the hint after the command's name. */
function usageHint(command: Command): string | undefined {
  const hint = usageLine(command).slice(command.name.length + 1).trim();
  return hint === '' ? undefined : hint.slice(0, MAX_USAGE_HINT);
}

function slashCommand(command: Command, requestUrl: string | undefined): SlashCommandManifest {
  const name = `/${command.name}`;
  check(name.length <= MAX_COMMAND, `command "${name}" is longer than Slack's ${MAX_COMMAND} characters`);
  const hint = usageHint(command);
  return {
    command: name,
    description: command.description.slice(0, MAX_DESCRIPTION),
    ...(hint ? { usage_hint: hint } : {}),
    // Send the text as typed: "<@U123>" markup in place of a typed @name would reach the question.
    should_escape: false,
    ...(requestUrl ? { url: requestUrl } : {}),
  };
}

/**
 * The bot scopes, each for what uses it: commands (slash commands), chat:write (the digest, and
 * answers in threads and DMs), users:read (is this user a workspace admin, for /digest subscribe),
 * app_mentions:read (messages that @-mention the bot) and im:history (direct messages to it).
 * Nothing else is read: no channels:history, so the bot never sees a channel message that does
 * not mention it.
 */
const BOT_SCOPES = ['commands', 'chat:write', 'users:read', 'app_mentions:read', 'im:history'];

/**
 * The events the bot listens for: a mention in a channel and a message in the bot's DM
 * (messages.ts), and the App Home opened (home.ts; it needs no scope of its own, nor does
 * views.publish). The message shortcut comes through interactivity, with the commands scope.
 */
const BOT_EVENTS = ['app_mention', 'message.im', 'app_home_opened'];

/**
 * The Slack app manifest (api.slack.com/apps → Create New App → From a manifest), generated from
 * the command definitions so that the app declares exactly the commands the bot answers.
 * Socket Mode unless a request URL is given. The App Home's Messages tab is on and writable, or
 * people cannot send the bot a direct message; its Home tab shows what the bot knows (home.ts).
 */
export function slackManifest(commands: readonly Command[], options: ManifestOptions = {}): SlackManifest {
  const name = (options.name ?? 'briefbot').trim();
  check(name.length >= 1 && name.length <= MAX_NAME, `option "name" must be 1 to ${MAX_NAME} characters, not "${name}"`);
  const url = options.requestUrl;
  check(url === undefined || /^https?:\/\//.test(url), `option "requestUrl" must be an http(s) address, not "${url}"`);
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: { name, description: DESCRIPTION, background_color: '#1d3557' },
    features: {
      // Slack's display names are lowercase words joined by - . or _.
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'), always_online: true },
      shortcuts: [{ name: ASK_SHORTCUT.name, type: 'message', callback_id: ASK_SHORTCUT.callbackId, description: ASK_SHORTCUT.description }],
      slash_commands: commands.map((command) => slashCommand(command, url)),
    },
    oauth_config: { scopes: { bot: BOT_SCOPES } },
    settings: {
      event_subscriptions: { bot_events: BOT_EVENTS, ...(url ? { request_url: url } : {}) },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: url === undefined,
      token_rotation_enabled: false,
    },
  };
}

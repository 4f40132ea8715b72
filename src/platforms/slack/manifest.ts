import type { Command } from '../../dispatch/types.js';
import { usageLine } from '../../dispatch/usage.js';

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
  features: { bot_user: { display_name: string; always_online: boolean }; slash_commands: SlashCommandManifest[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
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
 * The Slack app manifest (api.slack.com/apps → Create New App → From a manifest), generated from
 * the command definitions so that the app declares exactly the commands the bot answers.
 * Socket Mode unless a request URL is given. Scopes: commands (slash commands), chat:write (the
 * digest), users:read (is this user a workspace admin, for /digest subscribe).
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
      bot_user: { display_name: name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'), always_online: true },
      slash_commands: commands.map((command) => slashCommand(command, url)),
    },
    oauth_config: { scopes: { bot: ['commands', 'chat:write', 'users:read'] } },
    settings: {
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: url === undefined,
      token_rotation_enabled: false,
    },
  };
}

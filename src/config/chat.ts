import { LOG_LEVELS, type LogLevel } from '../shared/log-levels.js';
import { ConfigError } from './error.js';

/**
 * The chat platforms' part of the configuration (see .env.example). Which platforms start follows
 * from which tokens are set: Slack, Discord, both, or neither (then the terminal chat).
 */
export type SlackConfig = {
  botToken: string;
  /** The Web API base, ending in "/" (GovSlack and enterprise proxies set SLACK_API_URL). */
  apiUrl: string;
} & (
  | { mode: 'socket'; appToken: string }
  | { mode: 'http'; signingSecret: string; port: number }
);

export interface DiscordConfig {
  token: string;
  /** The REST base without the version (discord.js appends /v10). */
  apiUrl: string;
}

export interface ChatConfig {
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
  /** User ids (Slack or Discord) who may change any channel's digest, beyond the platforms' own admins. */
  admins: ReadonlySet<string>;
  /** Commands a user may send per minute before the bot asks them to slow down. */
  rateLimitPerMinute: number;
  logLevel: LogLevel;
  /** BRIEFBOT_COMMAND_PREFIX: "brief" makes the chat platforms' commands /brief-ask, /brief-help…; "" keeps /ask. */
  commandPrefix: string;
}


const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';
export const DEFAULT_RATE_LIMIT = 20;

const read = (env: NodeJS.ProcessEnv, name: string): string | undefined => env[name]?.trim() || undefined;

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name}: "${value}" is not a URL. Give the full address, e.g. https://slack.com/api/.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`${name}: "${value}" must be an http(s) address.`);
  return url.href;
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new ConfigError(`${name}: "${value}" must be a whole number from ${min} to ${max}.`);
  }
  return number;
}

/** Catch the usual mix-up early: each Slack token has its own prefix. */
function slackToken(name: string, value: string, prefix: string, what: string): string {
  if (!value.startsWith(prefix)) {
    throw new ConfigError(`${name} must be the ${what}, which starts with "${prefix}"; the value set starts with "${value.slice(0, 5)}".`);
  }
  return value;
}

function slackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  const botToken = read(env, 'SLACK_BOT_TOKEN');
  const appToken = read(env, 'SLACK_APP_TOKEN');
  const signingSecret = read(env, 'SLACK_SIGNING_SECRET');
  if (!botToken) {
    if (appToken || signingSecret) throw new ConfigError('SLACK_BOT_TOKEN is missing: Slack needs the bot token (xoxb-…) as well as SLACK_APP_TOKEN or SLACK_SIGNING_SECRET.');
    return null;
  }
  const common = {
    botToken: slackToken('SLACK_BOT_TOKEN', botToken, 'xoxb-', 'bot token (OAuth & Permissions → Bot User OAuth Token)'),
    apiUrl: httpUrl('SLACK_API_URL', read(env, 'SLACK_API_URL') ?? DEFAULT_SLACK_API_URL).replace(/\/?$/, '/'),
  };
  if (appToken) {
    return { ...common, mode: 'socket', appToken: slackToken('SLACK_APP_TOKEN', appToken, 'xapp-', 'app-level token (Basic Information → App-Level Tokens)') };
  }
  const port = read(env, 'PORT');
  if (signingSecret && port) return { ...common, mode: 'http', signingSecret, port: wholeNumber('PORT', port, 1, 65535) };
  throw new ConfigError(
    'SLACK_BOT_TOKEN is set, but not how Slack reaches the bot: set SLACK_APP_TOKEN for Socket Mode, or SLACK_SIGNING_SECRET and PORT for HTTP mode.',
  );
}

function discordConfig(env: NodeJS.ProcessEnv): DiscordConfig | null {
  const token = read(env, 'DISCORD_TOKEN');
  if (!token) return null;
  if (/^(Bot|Bearer)\s/i.test(token)) throw new ConfigError('DISCORD_TOKEN: give the token alone, without "Bot " in front.');
  return { token, apiUrl: httpUrl('DISCORD_API_URL', read(env, 'DISCORD_API_URL') ?? DEFAULT_DISCORD_API_URL).replace(/\/$/, '') };
}

export function loadChatConfig(env: NodeJS.ProcessEnv): ChatConfig {
  const level = (read(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new ConfigError(`LOG_LEVEL: "${level}" is not one of ${LOG_LEVELS.join(', ')}.`);
  const rate = read(env, 'BRIEFBOT_RATE_LIMIT');
  return {
    slack: slackConfig(env),
    discord: discordConfig(env),
    admins: new Set((read(env, 'BRIEFBOT_ADMINS') ?? '').split(/[\s,]+/).filter(Boolean)),
    rateLimitPerMinute: rate === undefined ? DEFAULT_RATE_LIMIT : wholeNumber('BRIEFBOT_RATE_LIMIT', rate, 1, 10_000),
    logLevel: level as LogLevel,
    commandPrefix: commandPrefix(env),
  };
}

/**
 * The prefix must make valid command names on both platforms: Slack and Discord take lower-case
 * letters, digits, "-" and "_", at most 32 characters, and the longest name ("acronym") must fit.
 */
export const MAX_COMMAND_PREFIX = 20;

export function commandPrefix(env: NodeJS.ProcessEnv): string {
  const prefix = read(env, 'BRIEFBOT_COMMAND_PREFIX') ?? '';
  if (prefix === '') return '';
  if (!/^[a-z0-9_]+$/.test(prefix) || prefix.length > MAX_COMMAND_PREFIX) {
    throw new ConfigError(`BRIEFBOT_COMMAND_PREFIX: "${prefix}" must be 1 to ${MAX_COMMAND_PREFIX} lower-case letters, digits or "_", e.g. "brief" for /brief-ask.`);
  }
  return prefix;
}

/** The values that must never reach a log line. */
export function chatSecrets(config: ChatConfig): string[] {
  const slack = config.slack;
  const slackSecrets = !slack ? [] : slack.mode === 'socket' ? [slack.botToken, slack.appToken] : [slack.botToken, slack.signingSecret];
  return [...slackSecrets, ...(config.discord ? [config.discord.token] : [])];
}

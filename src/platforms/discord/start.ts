import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { DiscordConfig } from '../../config/chat.js';
import type { PlatformDeps, RunningPlatform } from '../common/platform.js';
import { DEFAULT_DEFER_AFTER_MS } from './answer.js';
import { ButtonIds, DEFAULT_CAPACITY } from './button-ids.js';
import { interactionListener } from './interactions.js';
import { NO_MENTIONS } from './message.js';
import { messageListener } from './messages.js';
import { discordPoster } from './poster.js';
import { loggedError } from './rest-errors.js';

export interface DiscordOptions {
  /** Retries of a failed REST request (discord.js's default is 3; tests use 0). */
  retries?: number;
  /** How long a command may run before the bot defers its reply (Discord allows 3 s). */
  deferAfterMs?: number;
}

/**
 * What the bot listens to, none of it privileged. Guilds: servers, channels and threads.
 * GuildMessages and DirectMessages: new messages, to notice a mention or a DM. Not MessageContent:
 * without it Discord still gives a bot the text of the messages that mention it and of DMs, which
 * is all it answers; every other message arrives with its text empty.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

/**
 * Connects to Discord and answers slash commands, autocomplete, buttons, mentions and direct
 * messages until stop(). Resolves once the gateway is ready. Partials.Channel because a DM's
 * channel is never sent to the bot before its first message: without it discord.js drops DMs.
 * `allowedMentions` here is the client-wide default; each message also sets it, so no path can ping.
 */
export async function startDiscord(config: DiscordConfig, deps: PlatformDeps, options: DiscordOptions = {}): Promise<RunningPlatform> {
  const log = deps.logger.child({ platform: 'discord' });
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    // With GuildMessages every message in every channel arrives (its text empty unless addressed to
    // the bot); discord.js would keep the last 200 of each channel, and the bot never reads one back.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: { api: config.apiUrl, ...(options.retries !== undefined ? { retries: options.retries } : {}) },
    allowedMentions: NO_MENTIONS,
  });
  client.on(Events.Error, (error) => log.error({ err: loggedError(error) }, 'discord: client error'));
  client.on(Events.Warn, (message) => log.warn({}, `discord: ${message}`));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'discord: gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'discord: reconnecting to the gateway'));
  const ids = new ButtonIds(DEFAULT_CAPACITY, deps.buttonActions);
  const listener = interactionListener({ deps, ids, log, deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS });
  client.on(Events.InteractionCreate, (interaction) => void listener(interaction));
  const onMessage = messageListener({ deps, ids, log });
  client.on(Events.MessageCreate, (message) => void onMessage(message));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    // discord.js's messages never include the token; the logger redacts it besides.
    throw new Error(`Discord: could not connect: ${connectHint(error)}`, { cause: error });
  }
  log.info({ user: client.user?.tag, applicationId: client.application?.id }, 'discord: ready');
  return {
    name: 'discord',
    poster: discordPoster(client.rest),
    async stop() {
      await client.destroy();
    },
  };
}

function connectHint(error: unknown): string {
  if ((error as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) {
    return 'Discord refused the token. Check DISCORD_TOKEN: the Developer Portal → your application → Bot → Reset Token gives a new one.';
  }
  return error instanceof Error ? error.message : String(error);
}

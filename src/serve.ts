import { commands } from '../commands/index.js';
import { chatSecrets } from './config/chat.js';
import type { Config } from './config/config.js';
import type { Knowledge } from './knowledge/knowledge.js';
import { createLogger, type PinoLogger } from './shared/log.js';
import { commandNames } from './dispatch/command-names.js';
import { Dispatcher } from './dispatch/dispatcher.js';
import type { PlatformDeps, RunningPlatform } from './platforms/common/platform.js';
import { RateLimiter } from './dispatch/rate-limit.js';
import { routePoster } from './schedule/route-poster.js';
import type { Clock } from './schedule/clock.js';
import type { JobFactory } from './schedule/jobs.js';
import { Scheduler } from './schedule/scheduler.js';
import { quietNote } from './present/timeline/quiet-note.js';
import type { DigestSource } from './schedule/poster.js';
import type { Store } from './store/store.js';

/** What the running bot shares between /digest (as DigestServices) and the scheduler: the open store and the composer. */
export interface BotServices {
  store: Store;
  digest: DigestSource;
}

export interface ServeOptions {
  config: Config;
  knowledge: Knowledge;
  services: BotServices;
  logger: PinoLogger;
  /** Tests: the scheduler's clock and jobs, and how the platforms connect (loopback, no retries). */
  clock?: Clock;
  jobs?: JobFactory;
  connection?: { host?: string; retries?: number };
  /** Reload without restart (src/knowledge/reload/): started once connected, stopped first on stop. */
  reloader?: { start(): void; stop(): Promise<void> };
}

export interface Serving {
  scheduler: Scheduler;
  platforms: readonly RunningPlatform[];
  /** Stop the scheduler first (no post starts after), then disconnect the platforms. */
  stop(): Promise<void>;
}

/**
 * Connect every configured platform (Slack, Discord or both) in this process. They share one
 * dispatcher (so one rate limit per user per platform), one store and one scheduler, which hands
 * each subscription's digest to its own platform.
 */
export async function startPlatforms(options: ServeOptions): Promise<Serving> {
  const { knowledge, services, logger } = options;
  const chat = options.config.chat;
  const deps: PlatformDeps = {
    dispatcher: new Dispatcher({
      knowledge,
      commands,
      services,
      logger,
      rateLimiter: new RateLimiter(chat.rateLimitPerMinute),
      feedback: services.store.feedback,
      conversations: services.store.conversations,
      names: commandNames(chat.commandPrefix, commands),
    }),
    knowledge,
    logger,
    admins: chat.admins,
    buttonActions: services.store.buttonActions,
    digests: services.store,
  };
  const running: RunningPlatform[] = [];
  const stopAll = () => Promise.allSettled(running.map((platform) => platform.stop()));
  try {
    // Loaded only when configured: a Slack-only bot never loads discord.js, and the other way round.
    if (chat.slack) {
      const { startSlack } = await import('./platforms/slack/start.js');
      running.push(await startSlack(chat.slack, deps, options.connection));
      logger.info({ platform: 'slack', mode: chat.slack.mode }, 'slack connected');
    }
    if (chat.discord) {
      const { startDiscord } = await import('./platforms/discord/start.js');
      running.push(await startDiscord(chat.discord, deps, options.connection));
      logger.info({ platform: 'discord' }, 'discord connected');
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  const scheduler = new Scheduler({
    store: services.store,
    digest: services.digest,
    quietNote: quietNote(),
    poster: routePoster(Object.fromEntries(running.map((platform) => [platform.name, platform.poster]))),
    platforms: running.map((platform) => platform.name),
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
  });
  scheduler.start();
  options.reloader?.start();
  return {
    scheduler,
    platforms: running,
    async stop() {
      await options.reloader?.stop();
      await scheduler.stop();
      await stopAll();
    },
  };
}

/** The log for a bot on chat platforms: JSON lines on stdout, the configured tokens redacted. */
export function platformLogger(config: Config): PinoLogger {
  return createLogger({ level: config.chat.logLevel, secrets: chatSecrets(config.chat) });
}

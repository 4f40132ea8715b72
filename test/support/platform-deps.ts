import { Writable } from 'node:stream';
import { commands } from '../../commands/index.js';
import { createLogger } from '../../src/shared/log.js';
import { Dispatcher } from '../../src/dispatch/dispatcher.js';
import type { PlatformDeps } from '../../src/platforms/common/platform.js';
import { RateLimiter } from '../../src/dispatch/rate-limit.js';
import type { DigestServices } from '../../src/dispatch/types.js';
import { realKnowledge } from './corpus.js';
import type { Store } from '../../src/store/open.js';
import { commandNames } from '../../src/dispatch/command-names.js';

/** Every JSON log line the bot wrote, parsed, and the raw text (to check that no secret is in it). */
export interface CapturedLog {
  lines: Record<string, unknown>[];
  raw: string[];
}

export interface DepsOptions {
  /** Values the log must redact (the tokens the test configures). */
  secrets?: string[];
  rateLimitPerMinute?: number;
  admins?: string[];
  services?: DigestServices;
  /** The store's subscriptions and posts, for what a platform lists outside a command (the App Home). */
  digests?: PlatformDeps['digests'];
  now?: () => Date;
  /** Where votes and each conversation's last question are kept, as serve.ts passes the store's. */
  memory?: Pick<Store, 'feedback' | 'conversations'>;
  /** BRIEFBOT_COMMAND_PREFIX. */
  commandPrefix?: string;
}

/**
 * The real dispatcher, knowledge and pino logger as serve.ts wires them, writing the log into
 * memory instead of stdout so tests can read it.
 */
export function platformDeps(options: DepsOptions = {}): PlatformDeps & { log: CapturedLog } {
  const log: CapturedLog = { lines: [], raw: [] };
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        log.raw.push(line);
        log.lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const logger = createLogger({ level: 'debug', secrets: options.secrets ?? [], destination });
  const knowledge = realKnowledge();
  const dispatcher = new Dispatcher({
    knowledge,
    commands,
    logger,
    rateLimiter: new RateLimiter(options.rateLimitPerMinute ?? 1000),
    ...(options.services ? { services: options.services } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.memory ? { feedback: options.memory.feedback, conversations: options.memory.conversations } : {}),
    ...(options.commandPrefix ? { names: commandNames(options.commandPrefix, commands) } : {}),
  });
  return {
    dispatcher,
    knowledge,
    logger,
    admins: new Set(options.admins ?? []),
    log,
    ...(options.digests ? { digests: options.digests } : {}),
    ...(options.now ? { now: options.now } : {}),
  };
}

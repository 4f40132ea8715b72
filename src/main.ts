import type { Config } from './config.js';
import { prepareKnowledge, terminalContext } from './context.js';
import type { Knowledge } from './knowledge.js';
import { runChat } from './platforms/terminal/chat.js';
import { terminalLogger } from './platforms/terminal/logger.js';
import { terminalPoster } from './platforms/terminal/poster.js';
import { Scheduler } from './schedule/scheduler.js';
import { openStore, type Store } from './store/open.js';
import type { DigestServices } from './store/services.js';
import { composeDigest } from './timeline/index.js';

/** The digest the scheduler posts and /digest previews: one function, so a preview is exact. */
export function digestServices(knowledge: Knowledge, store: Store): DigestServices {
  return { store, digest: (localDate, timeZone) => composeDigest(knowledge.timeline, localDate, { timeZone }) };
}

/**
 * Start the bot: with no chat tokens configured, the terminal chat. An interactive chat also
 * runs the digest scheduler, so a subscription made here posts into the chat; piped input only
 * answers what it is given.
 */
export async function startBot(config: Config): Promise<void> {
  const knowledge = prepareKnowledge(config);
  const store = openStore(config.databasePath);
  const services = digestServices(knowledge, store);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const scheduler = interactive
    ? new Scheduler({ store, digest: services.digest, poster: terminalPoster(process.stdout, config.color), logger: terminalLogger })
    : null;
  scheduler?.start();
  try {
    await runChat({
      input: process.stdin,
      output: process.stdout,
      interactive,
      color: config.color,
      context: { ...terminalContext(knowledge, 'terminal'), services },
    });
  } finally {
    await scheduler?.stop();
    store.close();
  }
}

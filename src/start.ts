import { commands } from '../commands/index.js';
import type { Config } from './config/config.js';
import { Dispatcher } from './dispatch/dispatcher.js';
import type { Knowledge } from './knowledge/knowledge.js';
import { loadLiveKnowledge } from './knowledge/reload/load-live.js';
import { Reloader } from './knowledge/reload/reloader.js';
import { workWhileIdle } from './platforms/common/idle-work.js';
import type { Logger } from './shared/logger.js';
import { runChat } from './platforms/terminal/chat.js';
import { terminalLogger } from './platforms/terminal/logger.js';
import { terminalPoster } from './platforms/terminal/poster.js';
import { terminalRequester } from './platforms/terminal/user.js';
import { routePoster } from './schedule/route-poster.js';
import { Scheduler } from './schedule/scheduler.js';
import { platformLogger, startPlatforms, type BotServices } from './serve.js';
import type { PinoLogger } from './shared/log.js';
import { connectStore } from './store/connect.js';
import type { Store } from './store/store.js';
import { composeDigest } from './present/timeline/digest.js';
import { quietNote } from './present/timeline/quiet-note.js';

/** The digest the scheduler posts and /digest previews: one function, so a preview is exact. */
export function digestServices(knowledge: Knowledge, store: Store): BotServices {
  return { store, digest: (localDate, timeZone) => composeDigest(knowledge.timeline, localDate, { timeZone }) };
}

/**
 * Start the bot. With Slack or Discord tokens set it connects to those platforms and runs until
 * SIGINT/SIGTERM; with none, it opens the terminal chat.
 */
export async function startBot(config: Config): Promise<void> {
  const logger = config.chat.slack || config.chat.discord ? platformLogger(config) : null;
  // DATABASE_URL (PostgreSQL, for several replicas) when set, else the SQLite file at DATABASE_PATH.
  // Opened before the corpus is read: a database that cannot be used fails the start in a moment.
  const store = await connectStore(config, logger ?? terminalLogger());
  let loaded: ReturnType<typeof loadLiveKnowledge>;
  try {
    loaded = loadLiveKnowledge(config.corpusDir, (line) => console.error(`briefbot: ${line}`), { corpusWarnings: true });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { live, warnings } = loaded;
  // Everything that answers holds the live view: a reload swaps what it reads, not who holds it.
  const knowledge = live.view;
  const reloader = (logger: Logger) => new Reloader({ corpusDir: config.corpusDir, live, logger, knownWarnings: warnings });
  const services = digestServices(knowledge, store);
  // While no one asks, the corpus's commonest words are looked up as a question's are, ten a
  // turn, so a new question's words are mostly looked up already (SearchIndex.warmUp). Through
  // the live view, so a reload's new index is warmed too.
  const warming = workWhileIdle(
    () => knowledge.search.warmUp(WARM_UP_STEP),
    (error) => (logger ?? terminalLogger()).error({ err: error }, 'looking up the corpus words ahead of questions failed; answers go on without it'),
  );
  try {
    if (logger) await servePlatforms(config, knowledge, services, logger, reloader);
    else await terminalChat(config, knowledge, services, reloader);
  } finally {
    warming.stop();
    await store.close();
  }
}

/**
 * Words looked up per turn while idle: a step takes about 1.5 ms, at most about 12 ms (a word of
 * many senses), on the papers and on whitehouse-2022 alike, so a question arriving meanwhile
 * hardly waits. The whole warm-up takes 0.4 s on the papers, 0.7 s on whitehouse-2022.
 */
const WARM_UP_STEP = 10;

/** How long a stop may take, from the signal to the process's end (Slack HTTP gives requests in flight 2 s of it). */
const SHUTDOWN_LIMIT_MS = 10_000;

async function servePlatforms(config: Config, knowledge: Knowledge, services: BotServices, logger: PinoLogger, reloader: (logger: Logger) => Reloader): Promise<void> {
  // A stray rejection in a library callback is logged, not fatal: the bot keeps answering.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  // Listened for from the start, so a stop requested while connecting is honoured once connected.
  const stopRequested = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const serving = await startPlatforms({ config, knowledge, services, logger, reloader: reloader(logger) });
  const signal = await stopRequested;
  logger.info({ signal }, 'shutting down');
  // A deploy waits for the process to end: whatever a client or Slack leaves open (a reply still
  // being posted, a platform that does not say goodbye), it ends within this bound. Unref'd, so
  // the timer itself keeps nothing alive when everything closes in time.
  let stopped = false;
  setTimeout(() => {
    logger.error({ limitMs: SHUTDOWN_LIMIT_MS, stopped }, 'shutdown did not finish in time; exiting');
    logger.flush();
    process.exit(stopped ? 0 : 1);
  }, SHUTDOWN_LIMIT_MS).unref();
  await serving.stop();
  stopped = true;
  logger.flush();
}

/**
 * The terminal chat. An interactive chat also runs the digest scheduler, so a subscription made
 * here posts into the chat; piped input only answers what it is given.
 */
async function terminalChat(config: Config, knowledge: Knowledge, services: BotServices, reloader: (logger: Logger) => Reloader): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const poster = routePoster({ terminal: terminalPoster(process.stdout, config.color) });
  const logger = terminalLogger();
  const scheduler = interactive ? new Scheduler({ store: services.store, digest: services.digest, quietNote: quietNote(), poster, logger, platforms: ['terminal'] }) : null;
  scheduler?.start();
  // In the terminal a reload is worth a line on stderr too: the person at the keyboard just saved a file.
  const reloading = reloader({ ...logger, info: (_, message) => console.error(`briefbot: ${message}`) });
  reloading.start();
  try {
    await runChat({
      input: process.stdin,
      output: process.stdout,
      interactive,
      color: config.color,
      dispatcher: new Dispatcher({ knowledge, commands, services, logger, feedback: services.store.feedback, conversations: services.store.conversations }),
      requester: terminalRequester('terminal'),
    });
  } finally {
    await reloading.stop();
    await scheduler?.stop();
  }
}

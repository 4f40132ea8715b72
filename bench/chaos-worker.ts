/**
 * A child process for `npm run chaos` (chaos.ts): either a bot's digest side — a store, a Scheduler
 * and the /digest command on stdin — or a process that holds the database's write lock.
 *
 *   chaos-worker.ts lock <db> <holdMs>
 *   chaos-worker.ts bot '{"name","db","log","offsetMs","tickMs","hang"?: "compose" | "send"}'
 *
 * `db` is a SQLite file or a postgres:// URL (the PostgreSQL failure tests run this same bot).
 *
 * The bot's clock is the real one shifted by offsetMs, so the due minute comes seconds after start;
 * its tick runs every tickMs instead of every minute (the Scheduler's job factory is injectable for
 * that). Posts are appended to `log`, one JSON line each: the "channel" every process shares.
 * `hang` stops the process between the claim and the post (composing) or during the send, so that
 * the parent can kill -9 it there.
 */
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import digestCommand from '../commands/digest.js';
import type { CommandContext } from '../src/dispatch/types.js';
import { plainText } from '../src/present/build.js';
import { quietNote } from '../src/present/timeline/quiet-note.js';
import { systemClock, type Clock } from '../src/schedule/clock.js';
import type { JobFactory } from '../src/schedule/jobs.js';
import type { DigestPoster, DigestSource } from '../src/schedule/poster.js';
import { Scheduler } from '../src/schedule/scheduler.js';
import type { Logger } from '../src/shared/logger.js';
import { connectStoreAt } from '../src/store/connect.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

function holdLock(path: string, holdMs: number): void {
  const db = new Database(path);
  db.exec('BEGIN IMMEDIATE');
  say('locked');
  setTimeout(() => {
    db.exec('ROLLBACK');
    db.close();
    say('released');
  }, holdMs);
}

interface BotOptions {
  name: string;
  db: string;
  log: string;
  offsetMs: number;
  tickMs: number;
  hang?: 'compose' | 'send';
}

async function runBot(options: BotOptions): Promise<void> {
  const clock: Clock = { now: () => new Date(Date.now() + options.offsetMs), sleep: systemClock.sleep };
  // A SQLite file, or a postgres:// URL: the failure tests on PostgreSQL run this same bot (test/store/postgres-failures.test.ts).
  // Log lines go to stdout as "LOG <level> <message>", for the parent to wait for.
  const line = (level: string) => (_fields: Record<string, unknown>, message: string) => say(`LOG ${level} ${message}`);
  const logger: Logger = { info: line('info'), warn: line('warn'), error: line('error') };
  const store = await connectStoreAt(options.db, logger);
  const poster: DigestPoster = {
    post: async (target) => {
      if (options.hang === 'send') {
        say('SENDING');
        return new Promise<never>(() => {});
      }
      appendFileSync(options.log, `${JSON.stringify({ by: options.name, channel: target.channelId, at: clock.now().toISOString() })}\n`);
      return { messageId: `${options.name}-${Date.now()}` };
    },
  };
  const digest: DigestSource = (localDate) => {
    if (options.hang === 'compose') {
      say('CLAIMED');
      // Blocks this process for good: the parent kills it here, between the claim and the send.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
    return { title: `Digest for ${localDate}`, blocks: [], visibility: 'public' };
  };
  const jobs: JobFactory = (_pattern, _zone, _name, fire) => {
    const timer = setInterval(fire, options.tickMs);
    return { stop: () => clearInterval(timer) };
  };
  const scheduler = new Scheduler({ store, poster, digest, quietNote: quietNote(), clock, jobs, logger, instanceId: options.name, policy: { leaseMs: 3_000, retryDelaysMs: [500] } });
  scheduler.start();
  const context = (channelId: string): CommandContext => ({
    knowledge: undefined as never, // /digest subscribe and status never read the corpus
    now: () => clock.now(),
    platform: 'slack',
    user: { id: 'U1', name: 'chaos' },
    channelId,
    isAdmin: true,
    commands: [digestCommand],
    services: { store, digest },
  });
  // "subscribe C1 09:00 UTC daily" or "status C1": the /digest command, answered as one JSON line.
  createInterface({ input: process.stdin }).on('line', async (line) => {
    const [action, channelId = 'C1', ...settings] = line.trim().split(/\s+/);
    const reply = await digestCommand.run({ action, settings: settings.join(' ') }, context(channelId));
    say(JSON.stringify({ reply: plainText(reply) }));
  });
  process.once('SIGTERM', () => {
    void scheduler.stop().then(async () => {
      await store.close();
      process.exit(0);
    });
  });
  say('ready');
}

const [mode, first = '', second = ''] = process.argv.slice(2);
if (mode === 'lock') holdLock(first, Number(second));
else if (mode === 'bot') await runBot(JSON.parse(first) as BotOptions);
else throw new Error(`chaos-worker: unknown mode "${mode}"`);

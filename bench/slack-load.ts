/**
 * The load run of `npm run bench`: many concurrent requests through the real Bolt HTTP receiver,
 * signed as Slack signs them — first /ask slash commands, then @-mentions (app_mention events). It
 * reports how fast each was acknowledged (Slack's limit is 3 s; the target here is p99 < 100 ms),
 * that every command got its answer at its response_url, and that every mention was answered
 * exactly once, by chat.postMessage in the thread under it. Slack's side (the sender, the
 * response_url and the Web API the bot posts to) runs in a child process (slack-load-client.ts),
 * as Slack is another machine in production.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { commands } from '../commands/index.js';
import { DEFAULT_RATE_LIMIT } from '../src/config/chat.js';
import type { Knowledge } from '../src/knowledge/knowledge.js';
import { createLogger } from '../src/shared/log.js';
import { projectPath } from '../src/shared/paths.js';
import { percentile } from './percentile.js';
import type { ClientReady, ClientResults, RunOrder } from './slack-load-protocol.js';
import { Dispatcher } from '../src/dispatch/dispatcher.js';
import { RateLimiter } from '../src/dispatch/rate-limit.js';
import { startSlack } from '../src/platforms/slack/start.js';

const SECRET = 'bench-signing-secret';

export interface AckTimes {
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
}

export interface LoadResult extends AckTimes {
  commands: number;
  answered: number;
  allAnsweredMs: number;
  mentions: AckTimes & {
    count: number;
    /** Mentions with an answer in their own thread (thread_ts = the mention's ts). */
    answered: number;
    /** Mentions with exactly one answer there. */
    answeredOnce: number;
    /** Second and later answers in a mention's thread. */
    duplicates: number;
    /** Posts in any other channel or thread. */
    elsewhere: number;
    allAnsweredMs: number;
  };
}

function ackTimes(acks: number[]): AckTimes {
  const sorted = [...acks].sort((a, b) => a - b);
  return { ackP50Ms: percentile(sorted, 50), ackP99Ms: percentile(sorted, 99), ackMaxMs: sorted.at(-1)! };
}

/** The next IPC message from the client; an error if it ends or fails first. */
function nextMessage<T>(client: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const ended = (code: number | null) => reject(new Error(`the load client exited with ${code} before it reported`));
    client.once('message', (message) => {
      client.off('exit', ended);
      resolve(message as T);
    });
    client.once('exit', ended);
    client.once('error', reject);
  });
}

export async function slackLoadRun(knowledge: Knowledge, questions: string[], count = 200): Promise<LoadResult> {
  // Slack's side first: the bot signs in against its Web API when it starts.
  const client = spawn(process.execPath, ['--import', 'tsx', projectPath('bench', 'slack-load-client.ts')], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { apiPort } = await nextMessage<ClientReady>(client);
  const logger = createLogger({ level: 'silent', secrets: [] });
  const dispatcher = new Dispatcher({ knowledge, commands, logger, rateLimiter: new RateLimiter(DEFAULT_RATE_LIMIT) });
  let slack: Awaited<ReturnType<typeof startSlack>> | undefined;
  try {
    slack = await startSlack(
      { mode: 'http', botToken: 'xoxb-bench', signingSecret: SECRET, port: 0, apiUrl: `http://127.0.0.1:${apiPort}/api/` },
      { dispatcher, knowledge, logger, admins: new Set() },
      { host: '127.0.0.1', retries: 0 },
    );
    const results = nextMessage<ClientResults>(client);
    client.send({ botPort: slack.port!, count, secret: SECRET, questions } satisfies RunOrder);
    const { commands: sent, mentions } = await results;
    return {
      commands: count,
      ...ackTimes(sent.acks),
      answered: sent.answered,
      allAnsweredMs: sent.allAnsweredMs,
      mentions: { count, ...ackTimes(mentions.acks), answered: mentions.answered, answeredOnce: mentions.answeredOnce, duplicates: mentions.duplicates, elsewhere: mentions.elsewhere, allAnsweredMs: mentions.allAnsweredMs },
    };
  } finally {
    await slack?.stop();
    // The client ends by itself after reporting; if the run failed before that, it would wait for ever.
    if (client.exitCode === null) client.kill();
  }
}

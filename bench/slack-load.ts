/**
 * The load run of `npm run bench`: many concurrent /ask slash commands through the real Bolt HTTP
 * receiver, signed as Slack signs them. It reports how fast each was acknowledged (Slack's limit is
 * 3 s; the target here is p99 < 100 ms) and that every one got its answer at its response_url.
 * The sender and the response_url run in a child process (slack-load-client.ts), as Slack is
 * another machine in production; the bot's Web API calls go to a loopback stand-in.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commands } from '../commands/index.js';
import { DEFAULT_RATE_LIMIT } from '../src/config/chat.js';
import type { Knowledge } from '../src/knowledge/knowledge.js';
import { createLogger } from '../src/shared/log.js';
import { projectPath } from '../src/shared/paths.js';
import { percentile } from './percentile.js';
import { Dispatcher } from '../src/dispatch/dispatcher.js';
import { RateLimiter } from '../src/dispatch/rate-limit.js';
import { startSlack } from '../src/platforms/slack/start.js';

const SECRET = 'bench-signing-secret';

export interface LoadResult {
  commands: number;
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  answered: number;
  allAnsweredMs: number;
}

/** Run the client process against the bot's port; it prints one JSON line with the results. */
function runClient(port: number, count: number, questions: string[]): Promise<{ acks: number[]; answered: number; allAnsweredMs: number }> {
  return new Promise((resolve, reject) => {
    const client = spawn(process.execPath, ['--import', 'tsx', projectPath('bench', 'slack-load-client.ts'), String(port), String(count), SECRET], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    client.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    client.on('error', reject);
    client.on('close', (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`the load client exited with ${code}`))));
    client.stdin.end(questions.join('\n'));
  });
}

export async function slackLoadRun(knowledge: Knowledge, questions: string[], count = 200): Promise<LoadResult> {
  // The Web API is called once, at start (auth.test): a loopback stand-in answers it.
  const webApi = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'briefbot', team: 'bench' }));
    });
  });
  await new Promise<void>((resolve) => webApi.listen(0, '127.0.0.1', resolve));
  const apiPort = (webApi.address() as AddressInfo).port;
  const logger = createLogger({ level: 'silent', secrets: [] });
  const dispatcher = new Dispatcher({ knowledge, commands, logger, rateLimiter: new RateLimiter(DEFAULT_RATE_LIMIT) });
  const slack = await startSlack(
    { mode: 'http', botToken: 'xoxb-bench', signingSecret: SECRET, port: 0, apiUrl: `http://127.0.0.1:${apiPort}/api/` },
    { dispatcher, knowledge, logger, admins: new Set() },
    { host: '127.0.0.1', retries: 0 },
  );
  try {
    const result = await runClient(slack.port!, count, questions);
    const acks = result.acks.sort((a, b) => a - b);
    return { commands: count, ackP50Ms: percentile(acks, 50), ackP99Ms: percentile(acks, 99), ackMaxMs: acks.at(-1)!, answered: result.answered, allAnsweredMs: result.allAnsweredMs };
  } finally {
    await slack.stop();
    webApi.closeAllConnections();
    await new Promise((resolve) => webApi.close(resolve));
  }
}

/**
 * `npm run bench:replicas`: three real `briefbot start` processes in Slack HTTP mode on one
 * PostgreSQL database, behind a small round-robin balancer (node:http). 300 signed /ask slash
 * commands are sent at once through the balancer; it reports the ack p50/p99, that every command
 * was answered exactly once at its response_url, and that the digests of five channels, due a
 * minute after the start, were each posted exactly once among the three replicas. Slack's side
 * (the Web API the bots post to, the response_url) is played by WebApiStandIn and a small server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { projectPath } from '../src/shared/paths.js';
import { openPostgresStore } from '../src/store/postgres/open.js';
import { freePort, startPostgresServer } from '../test/support/postgres-server.js';
import { cleanUpOnInterrupt } from './on-interrupt.js';
import { toolArgs } from '../eval/tool-args.js';
import { percentile } from './percentile.js';
import { slashCommand } from './slack-load-bodies.js';
import { sendBurst } from './slack-load-send.js';
import { threadKey, WebApiStandIn } from './slack-load-web-api.js';

toolArgs(
  'npm run bench:replicas',
  `Usage: npm run bench:replicas
  Starts a PostgreSQL server and three briefbot replicas behind a balancer, sends 300 signed /ask at once,
  and checks that each is answered once and that five digests are posted once (about three minutes).
  --help   this text`,
  {},
);

const REPLICAS = 3;
const COMMANDS = 300;
const CHANNELS = 5;
const SECRET = 'bench-signing-secret';
const QUESTIONS = ['what is JUCIP', 'export controls on semiconductors', 'economic security promotion act', 'critical minerals supply chain'];
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the child's log says it listens; rejects if it exits first. */
function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('listening for commands')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`a replica exited with ${code} before listening: ${out.slice(-500)}`)));
  });
}

/** The balancer: each request to the next replica in turn, streamed through. */
function roundRobin(ports: readonly number[]) {
  let next = 0;
  // A connection per request to the replicas: theirs close idle kept-alive sockets after 5 s.
  const agent = new Agent({ keepAlive: false, maxSockets: COMMANDS });
  const balancer = createServer((incoming, outgoing) => {
    const port = ports[next++ % ports.length]!;
    const forward = httpRequest({ host: '127.0.0.1', port, path: incoming.url, method: incoming.method, headers: incoming.headers, agent }, (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(outgoing);
    });
    forward.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forward);
  });
  // The sender keeps its connections between bursts.
  balancer.keepAliveTimeout = 120_000;
  return balancer;
}

const server = await startPostgresServer();
const children: ChildProcess[] = [];
// Stopped with Ctrl-C, the `finally` below never runs: the replicas and the server go here instead.
const forget = cleanUpOnInterrupt(() => {
  for (const child of children) child.kill('SIGTERM');
  server.stop();
});
const webApi = new WebApiStandIn();
const answers = new Map<string, number>();
const responseUrl = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    const id = request.url?.split('/').at(-1) ?? '';
    if ((JSON.parse(body) as { blocks?: unknown[] }).blocks?.length) answers.set(id, (answers.get(id) ?? 0) + 1);
    response.end('ok');
  });
});
let balancer: ReturnType<typeof roundRobin> | undefined;
try {
  const admin = new pg.Client(server.url('postgres'));
  await admin.connect();
  await admin.query('CREATE DATABASE briefbot');
  await admin.end();
  const url = server.url('briefbot');
  // Five channels due two minutes from now (UTC), subscribed before the replicas start.
  const due = new Date(Math.ceil((Date.now() + 90_000) / 60_000) * 60_000);
  const time = due.toISOString().slice(11, 16);
  const store = await openPostgresStore(url);
  for (let i = 0; i < CHANNELS; i++) await store.subscriptions.save({ platform: 'slack', channelId: `CDIGEST${i}` }, { time, timeZone: 'UTC', cadence: 'daily', quietDay: 'note' }, { now: new Date(Date.now() - 3_600_000), by: 'U1' });

  const apiPort = await webApi.listen();
  await new Promise<void>((resolve) => responseUrl.listen(0, '127.0.0.1', resolve));
  const responsePort = (responseUrl.address() as AddressInfo).port;
  const ports = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
  const started = performance.now();
  for (const port of ports) {
    const env = { ...process.env, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, PORT: String(port), SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/`, DATABASE_URL: url, LOG_LEVEL: 'info', SLACK_APP_TOKEN: '', DISCORD_TOKEN: '' };
    children.push(spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'cli.ts'), 'start'], { cwd: projectPath(), env, stdio: ['ignore', 'pipe', 'inherit'] }));
  }
  await Promise.all(children.map(listening));
  console.log(`${REPLICAS} replicas listening after ${((performance.now() - started) / 1000).toFixed(1)} s; digests due at ${time} UTC`);
  balancer = roundRobin(ports);
  await new Promise<void>((resolve) => balancer!.listen(0, '127.0.0.1', resolve));
  const target = { port: (balancer.address() as AddressInfo).port, secret: SECRET, agent: new Agent({ keepAlive: true, maxSockets: COMMANDS }) };

  const bodies = (prefix: string) => Array.from({ length: COMMANDS }, (_, i) => slashCommand(QUESTIONS[i % QUESTIONS.length]!, `${prefix}${i}`, responsePort));
  const answered = (prefix: string) => [...answers].filter(([id]) => id.startsWith(prefix));
  const allAnswered = async (prefix: string): Promise<void> => {
    const deadline = Date.now() + 90_000;
    while (answered(prefix).length < COMMANDS && Date.now() < deadline) await sleep(100);
  };
  await sendBurst(target, bodies('W')); // warm-up, not measured: each replica's first answers
  await allAnswered('W');
  const burst = await sendBurst(target, bodies('U'));
  await allAnswered('U');
  const measured = () => answered('U');
  await sleep(1_000); // a second answer to any command would arrive by now
  const acks = [...burst.acks].sort((a, b) => a - b);
  const once = measured().filter(([, n]) => n === 1).length;
  console.log(`${COMMANDS} concurrent /ask through the balancer: ack p50 ${percentile(acks, 50).toFixed(1)} ms, p99 ${percentile(acks, 99).toFixed(1)} ms, max ${acks.at(-1)!.toFixed(1)} ms; answered ${measured().length}, exactly once ${once}, all answered ${((performance.now() - burst.started) / 1000).toFixed(1)} s after the burst`);

  while (Date.now() < due.getTime() + 20_000) await sleep(500);
  const digestPosts = Array.from({ length: CHANNELS }, (_, i) => webApi.posts.get(threadKey(`CDIGEST${i}`, undefined)) ?? 0);
  const records = await Promise.all(Array.from({ length: CHANNELS }, (_, i) => store.posts.list({ platform: 'slack', channelId: `CDIGEST${i}` })));
  const owners = records.map((list) => list.map((post) => `${post.state} by ${post.owner.slice(0, 8)}`).join(' '));
  console.log(`digests: posts per channel ${JSON.stringify(digestPosts)}; records: ${owners.join('; ')}`);
  await store.close();
  const passed = once === COMMANDS && digestPosts.every((n) => n === 1);
  console.log(passed ? 'PASS' : 'FAIL');
  process.exitCode = passed ? 0 : 1;
} finally {
  forget();
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
  balancer?.closeAllConnections();
  balancer?.close();
  responseUrl.close();
  webApi.close();
  server.stop();
}

/**
 * The Slack side of the load run, in its own process so that sending 200 requests and receiving
 * 200 answers does not take CPU from the bot being measured (in production Slack is elsewhere).
 * Sends `count` signed /ask slash commands at once to the bot's /slack/events, serves their
 * response_url, and prints one JSON line: every ack's latency and how many answers arrived. A
 * first burst warms up and is not measured.
 * Usage: slack-load-client.ts <bot port> <count> <signing secret>, questions on stdin, one a line.
 */
import { createHmac } from 'node:crypto';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { text } from 'node:stream/consumers';

const [botPort, countText, secret] = process.argv.slice(2);
const count = Number(countText);
const questions = (await text(process.stdin)).split('\n').filter(Boolean);

let answered = 0;
let expected = 0;
let everyAnswer: () => void = () => {};
const responseUrl = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    if ((JSON.parse(body) as { blocks?: unknown[] }).blocks?.length) answered++;
    response.end('ok');
    if (answered === expected) everyAnswer();
  });
});
await new Promise<void>((resolve) => responseUrl.listen(0, '127.0.0.1', resolve));
const responsePort = (responseUrl.address() as AddressInfo).port;
// Kept-alive connections, one per concurrent command, as a load balancer keeps to its backends.
const agent = new Agent({ keepAlive: true, maxSockets: count });

/** A signed slash command, built before the burst so that the burst itself costs the sender little. */
function signed(i: number, prefix: string): string {
  // One user each: many people asking at once, none of them over the per-user limit.
  return new URLSearchParams({
    command: '/ask',
    text: questions[i % questions.length]!,
    user_id: `${prefix}${i}`,
    user_name: `user${i}`,
    channel_id: 'C1',
    team_id: 'T1',
    response_url: `http://127.0.0.1:${responsePort}/respond/${prefix}${i}`,
    trigger_id: `t${i}`,
  }).toString();
}

interface Prepared {
  /** Write the request out; its ack time is counted from here. */
  fire(): void;
  /** Resolves with the ack latency in ms. */
  acked: Promise<number>;
}

/**
 * One command, prepared up to the point of sending: the request is created and has its kept-alive
 * socket, so `fire()` only writes bytes. The sender's own set-up cost then stays out of the
 * timings, which measure the bot alone.
 */
async function prepare(body: string): Promise<Prepared> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret!).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  let started = 0;
  let fire: () => void = () => {};
  let socketReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (socketReady = resolve));
  const acked = new Promise<number>((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(botPort),
        path: '/slack/events',
        method: 'POST',
        agent,
        // Exactly this content type: Bolt refuses "…; charset=UTF-8".
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
      },
      (response) => {
        response.resume();
        response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`a command was refused: HTTP ${response.statusCode}`))));
      },
    );
    request.on('error', reject);
    request.on('socket', () => socketReady());
    fire = () => {
      started = performance.now();
      request.end(body);
    };
  });
  await ready;
  return { fire: () => fire(), acked };
}

/** Send a burst of `count` commands at once; resolves with their ack times once every answer is in (or 30 s). */
async function burst(prefix: string): Promise<{ acks: number[]; answered: number; allAnsweredMs: number }> {
  answered = 0;
  expected = count;
  const allAnswered = new Promise<void>((resolve) => (everyAnswer = resolve));
  const prepared = await Promise.all(Array.from({ length: count }, (_, i) => prepare(signed(i, prefix))));
  const started = performance.now();
  for (const request of prepared) request.fire();
  const acks = await Promise.all(prepared.map((request) => request.acked));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([allAnswered, new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
  clearTimeout(timer);
  return { acks, answered, allAnsweredMs: performance.now() - started };
}

// The first burst warms up (compiled code, open connections, as with a bot that has been running
// behind a load balancer); the second is measured.
await burst('W');
console.log(JSON.stringify(await burst('U')));
agent.destroy();
responseUrl.closeAllConnections();
responseUrl.close();

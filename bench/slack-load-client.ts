/**
 * The Slack side of the load run, in its own process so that sending 200 requests and receiving
 * 200 answers does not take CPU from the bot being measured (in production Slack is elsewhere).
 * It serves the response_url of slash commands and the Web API the bot posts to, then sends two
 * bursts of `count` signed requests at once to the bot's /slack/events: /ask slash commands, then
 * app_mention events. Each burst is sent twice: the first warms up and is not measured.
 * Started by slack-load.ts with an IPC channel (slack-load-protocol.ts says what goes over it).
 */
import { Agent, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { appMention, slashCommand } from './slack-load-bodies.js';
import type { ClientReady, ClientResults, CommandBurst, MentionBurst, RunOrder } from './slack-load-protocol.js';
import { sendBurst } from './slack-load-send.js';
import { threadKey, WebApiStandIn } from './slack-load-web-api.js';

const ANSWER_WAIT_MS = 30_000;
/** After the last expected answer, how long a second answer to any mention still gets to show up. */
const DUPLICATE_WAIT_MS = 1_000;

const webApi = new WebApiStandIn();
const apiPort = await webApi.listen();
// The bot signs in against the Web API when it starts, so it starts only once this port is known.
const order = await new Promise<RunOrder>((resolve) => {
  process.once('message', (message) => resolve(message as RunOrder));
  process.send!({ apiPort } satisfies ClientReady);
});
const { count, questions } = order;
const question = (i: number): string => questions[i % questions.length]!;

/** Resolves when `done` does or after `ms`, whichever is first. */
async function within(done: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

let answered = 0;
let everyAnswer: () => void = () => {};
const responseUrl = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    if ((JSON.parse(body) as { blocks?: unknown[] }).blocks?.length) answered++;
    response.end('ok');
    if (answered === count) everyAnswer();
  });
});
await new Promise<void>((resolve) => responseUrl.listen(0, '127.0.0.1', resolve));
const responsePort = (responseUrl.address() as AddressInfo).port;
// Kept-alive connections, one per concurrent request, as a load balancer keeps to its backends.
const agent = new Agent({ keepAlive: true, maxSockets: count });
const target = { port: order.botPort, secret: order.secret, agent };

/** `count` /ask commands at once; resolves with their ack times once every answer is in (or 30 s). */
async function commandBurst(prefix: string): Promise<CommandBurst> {
  answered = 0;
  const allAnswered = new Promise<void>((resolve) => (everyAnswer = resolve));
  const bodies = Array.from({ length: count }, (_, i) => slashCommand(question(i), `${prefix}${i}`, responsePort));
  const { acks, started } = await sendBurst(target, bodies);
  await within(allAnswered, ANSWER_WAIT_MS);
  return { acks, answered, allAnsweredMs: performance.now() - started };
}

/** `count` mentions at once; every chat.postMessage is then checked against the mention it answers. */
async function mentionBurst(prefix: string, burst: number): Promise<MentionBurst> {
  const mentions = Array.from({ length: count }, (_, i) => appMention(question(i), `${prefix}${i}`, burst, i));
  const allPosted = webApi.expect(count);
  const { acks, started } = await sendBurst(target, mentions.map((mention) => mention.body));
  await within(allPosted, ANSWER_WAIT_MS);
  const allAnsweredMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, DUPLICATE_WAIT_MS));
  const own = new Set(mentions.map((mention) => threadKey(mention.channel, mention.ts)));
  const counts = mentions.map((mention) => webApi.posts.get(threadKey(mention.channel, mention.ts)) ?? 0);
  let elsewhere = 0;
  for (const [key, posts] of webApi.posts) if (!own.has(key)) elsewhere += posts;
  return {
    acks,
    answered: counts.filter((n) => n > 0).length,
    answeredOnce: counts.filter((n) => n === 1).length,
    duplicates: counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    elsewhere,
    allAnsweredMs,
  };
}

// The first burst of each kind warms up (compiled code, open connections, as with a bot that has
// been running behind a load balancer); the second is measured.
await commandBurst('W');
const commands = await commandBurst('U');
await mentionBurst('MW', 1);
const mentions = await mentionBurst('M', 2);
process.send!({ commands, mentions } satisfies ClientResults);
agent.destroy();
responseUrl.closeAllConnections();
responseUrl.close();
webApi.close();
process.disconnect();

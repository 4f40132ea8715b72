/**
 * Sending a burst of signed requests to the bot's /slack/events, as Slack signs them
 * (docs.slack.dev, "Verifying requests from Slack"), timing each acknowledgement.
 */
import { createHmac } from 'node:crypto';
import { request as httpRequest, type Agent } from 'node:http';
import { performance } from 'node:perf_hooks';

/** A body and the content type Slack sends it with: a form for slash commands, JSON for events. */
export interface SlackBody {
  body: string;
  /** Exactly these: Bolt refuses "…; charset=UTF-8" on a form. */
  contentType: 'application/x-www-form-urlencoded' | 'application/json';
}

interface Prepared {
  /** Write the request out; its ack time is counted from here. */
  fire(): void;
  /** Resolves with the ack latency in ms. */
  acked: Promise<number>;
}

/**
 * One request, prepared up to the point of sending: the request is created and has its kept-alive
 * socket, so `fire()` only writes bytes. The sender's own set-up cost then stays out of the
 * timings, which measure the bot alone.
 */
async function prepare(target: { port: number; secret: string; agent: Agent }, { body, contentType }: SlackBody): Promise<Prepared> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', target.secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  let started = 0;
  let fire: () => void = () => {};
  let socketReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (socketReady = resolve));
  const acked = new Promise<number>((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: target.port,
        path: '/slack/events',
        method: 'POST',
        agent: target.agent,
        headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body), 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
      },
      (response) => {
        response.resume();
        response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`a request was refused: HTTP ${response.statusCode}`))));
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

/**
 * Send every body at once; resolves with each ack's latency and the time the burst started, from
 * which the caller times the answers.
 */
export async function sendBurst(target: { port: number; secret: string; agent: Agent }, bodies: SlackBody[]): Promise<{ acks: number[]; started: number }> {
  const prepared = await Promise.all(bodies.map((body) => prepare(target, body)));
  const started = performance.now();
  for (const request of prepared) request.fire();
  return { acks: await Promise.all(prepared.map((request) => request.acked)), started };
}

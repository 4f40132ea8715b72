import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, ListenOptions } from 'node:net';
import { HTTPModuleFunctions, HTTPReceiver, isValidSlackRequest, type App, type Logger, type Receiver } from '@slack/bolt';
import type { PinoLogger } from '../../shared/log.js';
import { ReplayGuard } from './replay-guard.js';
import { judgeRequest } from './request-shape.js';

export interface GuardedReceiverOptions {
  signingSecret: string;
  logger: Logger;
  log: PinoLogger;
  /** How long requests in flight get to finish at stop before their connections are closed. */
  graceMs?: number;
  replays?: ReplayGuard;
}

const EVENTS_PATH = '/slack/events';
/**
 * Slack sends small bodies at once; a client slower than this is cut off (Node's default waits
 * 5 minutes per request). Node checks every connectionsCheckingInterval, so the cut comes a
 * little later.
 */
const REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_GRACE_MS = 2_000;

/**
 * HTTP mode's receiver. Bolt's own HTTPReceiver does the Slack work (signature, ack, dispatch to
 * the listeners); this one owns the server in front of it, so that:
 * - a signed body the bot does not listen for is answered at once (request-shape.ts says why),
 *   and a replayed command or button press is acknowledged without running (replay-guard.ts);
 * - stop() finishes whatever clients do: the server stops accepting, requests in flight get a
 *   short grace, then every connection is closed (Bolt's stop waits for all of them to end).
 */
export class GuardedHttpReceiver implements Receiver {
  private readonly bolt: HTTPReceiver;
  private readonly log: PinoLogger;
  private readonly signingSecret: string;
  private readonly graceMs: number;
  private readonly replays: ReplayGuard;
  private server: Server | null = null;

  constructor(options: GuardedReceiverOptions) {
    this.signingSecret = options.signingSecret;
    this.log = options.log;
    this.graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.replays = options.replays ?? new ReplayGuard();
    this.bolt = new HTTPReceiver({ signingSecret: options.signingSecret, logger: options.logger, endpoints: [EVENTS_PATH] });
  }

  init(app: App): void {
    this.bolt.init(app);
  }

  start(listen: ListenOptions): Promise<Server> {
    const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 }, (request, response) => {
      this.route(request, response).catch((error: unknown) => {
        this.log.error({ err: error, path: request.url }, 'an HTTP request failed');
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(listen, () => {
        server.off('error', reject);
        server.on('error', (error) => this.log.error({ err: error }, 'the HTTP server failed'));
        resolve(server);
      });
    });
  }

  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? (address as AddressInfo).port : null;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    // close() stops accepting and ends idle keep-alive connections; it calls back once every connection has ended.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const grace = new Promise<'grace over'>((resolve) => setTimeout(() => resolve('grace over'), this.graceMs).unref());
    if ((await Promise.race([closed, grace])) === 'grace over') {
      this.log.warn({ graceMs: this.graceMs }, 'closing the HTTP connections still open at shutdown');
      server.closeAllConnections();
    }
    await closed;
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz' && request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true }));
      return;
    }
    if (path !== EVENTS_PATH || request.method !== 'POST') {
      response.writeHead(404).end();
      return;
    }
    await this.event(request, response);
  }

  private async event(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let rawBody: string;
    try {
      // Buffered here, and kept on the request, where Bolt's receiver looks for it first.
      rawBody = (await HTTPModuleFunctions.bufferIncomingMessage(request, HTTPModuleFunctions.defaultBodyLimit)).rawBody.toString();
    } catch (error) {
      const status = HTTPModuleFunctions.isRawBodyError(error) ? (error as { statusCode: number }).statusCode : 400;
      this.log.warn({ err: error, status }, 'could not read a request body');
      if (!response.headersSent && !response.destroyed) response.writeHead(status >= 400 && status < 500 ? status : 400).end();
      return;
    }
    const timestamp = Number(request.headers['x-slack-request-timestamp']);
    const signature = request.headers['x-slack-signature'];
    const signed =
      typeof signature === 'string' &&
      isValidSlackRequest({ signingSecret: this.signingSecret, body: rawBody, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp } });
    // Unsigned or stale: Bolt refuses it (401) and logs why.
    if (!signed) return this.bolt.requestListener(request, response);

    const verdict = judgeRequest(request.headers['content-type'], rawBody);
    if (verdict.action === 'reject') {
      this.log.warn({ reason: verdict.reason }, 'refused a malformed Slack request');
      response.writeHead(400).end();
      return;
    }
    if (verdict.action === 'ignore') {
      this.log.info({ reason: verdict.reason }, 'acknowledged a Slack request the bot does not handle');
      response.writeHead(200).end();
      return;
    }
    if (verdict.replayKey !== undefined && !this.replays.firstTime(verdict.replayKey, timestamp * 1000)) {
      this.log.warn({ ...verdict.fields, kind: verdict.kind }, 'ignored a replayed request');
      response.writeHead(200).end();
      return;
    }
    return this.bolt.requestListener(request, response);
  }
}

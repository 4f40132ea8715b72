import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { thread } from './discord-gateway.js';

export const APP_ID = '900000000000000001';
export const BOT_ID = '900000000000000002';

/** One request as it reached the fake: the path decoded and without /api/v10 or the query. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface DiscordError {
  status: number;
  code: number;
  message: string;
}

type Waiter = { match: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void };

/**
 * Discord's REST API, as much as briefbot uses (docs/chat-protocols.md): the gateway address, the
 * application, command registration, interaction callbacks, webhook edits and follow-ups, channel
 * messages (in threads and DMs too), threads started on a message. Records every request; `fail`
 * makes a route answer with a Discord error instead.
 */
export class DiscordRestFake {
  readonly requests: RecordedRequest[] = [];
  gatewayUrl = 'ws://127.0.0.1:1';
  private readonly failures: { match: RegExp; error: DiscordError }[] = [];
  private readonly waiters: Waiter[] = [];
  private nextId = 1;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<DiscordRestFake> {
    const server = createServer();
    const fake = new DiscordRestFake(server);
    server.on('request', (req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The base to give discord.js (`rest.api`): it appends /v10. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** Answer requests whose "METHOD path" matches with this Discord error from now on. */
  fail(match: RegExp, error: DiscordError): void {
    this.failures.push({ match, error });
  }

  /** The first recorded request (past or future) that matches. */
  waitFor(match: (request: RecordedRequest) => boolean): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    return seen ? Promise.resolve(seen) : new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** Every request that carried a message: the bodies the bot sent to be shown to someone. */
  messageBodies(): RecordedRequest['body'][] {
    return this.requests.flatMap((r) => (r.path.endsWith('/callback') ? (r.body.data?.embeds ? [r.body.data] : []) : /^\/(webhooks|channels)\//.test(r.path) && !r.path.endsWith('/threads') && r.body ? [r.body] : []));
  }

  /** The threads the bot started on a message (POST /channels/{channel}/messages/{message}/threads), with the id each was given. */
  readonly threads: { channelId: string; messageId: string; name: string; threadId: string }[] = [];

  /** The thread started on that message, once it is. */
  async threadOn(messageId: string): Promise<{ channelId: string; messageId: string; name: string; threadId: string }> {
    await this.waitFor((r) => r.method === 'POST' && r.path.endsWith(`/messages/${messageId}/threads`));
    // Recorded by route(), which runs before this continuation.
    return this.threads.find((t) => t.messageId === messageId)!;
  }

  /** The messages the bot posted in a channel, a thread or a DM (POST /channels/{id}/messages). */
  postsIn(channelId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
  }

  /** The first message posted in that channel, thread or DM, once it comes. */
  postIn(channelId: string): Promise<RecordedRequest> {
    return this.waitFor((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const request: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined };
    this.requests.push(request);
    for (const waiter of this.waiters.filter((w) => w.match(request))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(request);
    }
    const failure = this.failures.find((f) => f.match.test(`${request.method} ${path}`));
    if (failure) return send(res, failure.error.status, { code: failure.error.code, message: failure.error.message });
    const [status, body] = this.route(request);
    send(res, status, body);
  }

  private route({ method, path, body }: RecordedRequest): [number, unknown] {
    const route = `${method} ${path}`;
    if (route === 'GET /gateway/bot') {
      return [200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } }];
    }
    if (route === 'GET /applications/@me') return [200, { id: APP_ID, name: 'briefbot', description: '', bot_public: true, flags: 0 }];
    if (/^PUT \/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(route)) {
      return [200, (body as object[]).map((command) => ({ ...command, id: this.snowflake(), application_id: APP_ID, version: '1' }))];
    }
    if (/^POST \/interactions\/\d+\/[^/]+\/callback$/.test(route)) return [204, undefined];
    if (/^DELETE \/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(route)) return [204, undefined];
    if (/^PATCH \/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(route) || /^POST \/webhooks\/\d+\/[^/]+$/.test(route)) {
      return [200, this.message('800000000000000001', body)];
    }
    // A thread started on a message gets an id of its own; discord.js caches it from this answer.
    const started = /^POST \/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(route);
    if (started) {
      const threadId = this.snowflake();
      this.threads.push({ channelId: started[1]!, messageId: started[2]!, name: (body as { name: string }).name, threadId });
      return [201, thread(threadId, (body as { name: string }).name, started[1]!)];
    }
    const channel = /^POST \/channels\/(\d+)\/messages$/.exec(route);
    if (channel) return [200, this.message(channel[1]!, body)];
    return [404, { code: 0, message: '404: Not Found' }];
  }

  private snowflake(): string {
    return String(700000000000000000n + BigInt(this.nextId++));
  }

  /** A message object as Discord returns it: discord.js builds a Message from it. */
  private message(channelId: string, body: Record<string, unknown> | undefined): Record<string, unknown> {
    const author = { id: BOT_ID, username: 'briefbot', discriminator: '0', avatar: null, global_name: null, bot: true };
    return {
      id: this.snowflake(), channel_id: channelId, type: 0, author, content: body?.content ?? '', timestamp: new Date().toISOString(),
      edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [],
      embeds: body?.embeds ?? [], components: body?.components ?? [], pinned: false, flags: body?.flags ?? 0,
    };
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

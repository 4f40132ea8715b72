import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { types } from '@slack/bolt';

/** One Web API call as the fake received it: the method, its form fields, and the bearer token. */
export interface ApiCall {
  method: string;
  params: Record<string, string>;
  token: string | null;
}

/** A chat.postMessage the fake accepted, its blocks parsed back from the form field. */
export interface PostedMessage {
  channel: string;
  text: string;
  blocks: types.KnownBlock[];
  params: Record<string, string>;
  ts: string;
}

export interface FakeUser {
  name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * The Slack Web API on 127.0.0.1, as far as briefbot uses it: POST /api/<method>, form-encoded,
 * Bearer token in the Authorization header (docs/chat-protocols.md). Tokens are checked, so a
 * call made with the wrong token fails here as it would at Slack.
 */
export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly posts: PostedMessage[] = [];
  readonly users = new Map<string, FakeUser>();
  /** What apps.connections.open hands out (the Socket Mode fake's address). */
  socketUrl: string | null = null;
  /** Slack error codes the next chat.postMessage calls answer with, one per call. */
  readonly postErrors: string[] = [];
  /** Slack error codes the next calls of a method (other than chat.postMessage) answer with, one per call. */
  readonly methodErrors = new Map<string, string[]>();
  /** Make users.info fail (as when Slack is down), to check the bot's fallback. */
  usersInfoError: string | null = null;
  private readonly postWaiters: { test: (post: PostedMessage) => boolean; resolve: (post: PostedMessage) => void }[] = [];

  private constructor(
    private readonly server: Server,
    readonly botToken: string,
    readonly appToken: string,
  ) {}

  static async start(tokens: { botToken: string; appToken: string }): Promise<FakeSlackApi> {
    const server = createServer();
    const fake = new FakeSlackApi(server, tokens.botToken, tokens.appToken);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      void fake.handle(request).then((body) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The base URL to give the bot as SLACK_API_URL. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }

  /** The first accepted chat.postMessage that `test` accepts, now or when it arrives. */
  nextPost(test: (post: PostedMessage) => boolean): Promise<PostedMessage> {
    const done = this.posts.find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.postWaiters.push({ test, resolve }));
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage): Promise<Record<string, unknown>> {
    const method = new URL(request.url ?? '/', 'http://fake').pathname.replace(/^\/api\//, '');
    const params = Object.fromEntries(new URLSearchParams(await readBody(request)));
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? params.token ?? null;
    this.calls.push({ method, params, token });
    const expected = method === 'apps.connections.open' ? this.appToken : this.botToken;
    if (token !== expected) return { ok: false, error: 'invalid_auth' };
    return this.answer(method, params);
  }

  private answer(method: string, params: Record<string, string>): Record<string, unknown> {
    const failure = this.methodErrors.get(method)?.shift();
    if (failure) return { ok: false, error: failure };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test Team', user: 'briefbot', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'apps.connections.open':
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'no_socket_fake' };
      case 'users.info': {
        if (this.usersInfoError) return { ok: false, error: this.usersInfoError };
        const user = this.users.get(params.user ?? '');
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: params.user, name: user.name ?? params.user, is_admin: false, is_owner: false, is_primary_owner: false, ...user } };
      }
      case 'chat.postMessage': {
        const error = this.postErrors.shift();
        if (error) return { ok: false, error };
        const ts = `${1700000000 + this.posts.length}.000100`;
        const blocks = params.blocks ? (JSON.parse(params.blocks) as types.KnownBlock[]) : [];
        const post = { channel: params.channel ?? '', text: params.text ?? '', blocks, params, ts };
        this.posts.push(post);
        for (const waiter of this.postWaiters.filter((w) => w.test(post))) {
          this.postWaiters.splice(this.postWaiters.indexOf(waiter), 1);
          waiter.resolve(post);
        }
        return { ok: true, channel: params.channel, ts };
      }
      default:
        return { ok: true };
    }
  }
}

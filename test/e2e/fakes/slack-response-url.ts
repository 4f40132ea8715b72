import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { types } from '@slack/bolt';

/** A message the bot posted to a response_url (what respond() sends). */
export interface Response {
  id: string;
  body: SlackResponseBody;
}

export interface SlackResponseBody {
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  text?: string;
  blocks?: types.KnownBlock[];
}

/**
 * Slack's response_url endpoint on 127.0.0.1: each command or button gets its own url
 * (/respond/<id>), and the test awaits what the bot posts there. While `refuse` is set, every
 * post is answered 404, as an expired response_url is, and its id noted in `refused`.
 */
export class FakeResponseUrls {
  readonly responses: Response[] = [];
  refuse = false;
  readonly refused: string[] = [];
  private readonly waiting = new Map<string, (response: Response) => void>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeResponseUrls> {
    const server = createServer();
    const fake = new FakeResponseUrls(server);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const id = decodeURIComponent((request.url ?? '').replace(/^\/respond\//, ''));
        if (fake.refuse) {
          fake.refused.push(id);
          response.writeHead(404).end('expired_url');
          return;
        }
        fake.record(id, JSON.parse(Buffer.concat(chunks).toString('utf8')) as SlackResponseBody);
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  url(id: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/respond/${encodeURIComponent(id)}`;
  }

  /** The first response posted to `id`, now or when it arrives. */
  next(id: string): Promise<Response> {
    const done = this.responses.find((response) => response.id === id);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private record(id: string, body: SlackResponseBody): void {
    const response: Response = { id, body };
    this.responses.push(response);
    this.waiting.get(id)?.(response);
    this.waiting.delete(id);
  }
}

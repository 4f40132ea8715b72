/**
 * The Slack Web API as the bot under load sees it, served from the load client's process (in
 * production Slack is another machine, so its work must not take the measured bot's CPU).
 * auth.test answers who the bot is; chat.postMessage is counted per (channel, thread_ts), which is
 * how the mention burst proves every mention was answered once, in its own thread.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The key a post is counted under; a post outside any thread gets "-" for its thread. */
export const threadKey = (channel: string, threadTs: string | undefined): string => `${channel} ${threadTs ?? '-'}`;

/** The bot's Web API client sends form fields (@slack/web-api: application/x-www-form-urlencoded); JSON is read too. */
function fields(request: IncomingMessage, body: string): Record<string, string> {
  if ((request.headers['content-type'] ?? '').startsWith('application/json')) return JSON.parse(body || '{}') as Record<string, string>;
  return Object.fromEntries(new URLSearchParams(body));
}

export class WebApiStandIn {
  /** chat.postMessage calls with blocks, per threadKey. */
  readonly posts = new Map<string, number>();
  private total = 0;
  private expected = Infinity;
  private reached: () => void = () => {};
  private readonly server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      const method = request.url?.split('/').at(-1) ?? '';
      if (method === 'chat.postMessage') {
        const params = fields(request, body);
        const key = threadKey(params.channel ?? '', params.thread_ts);
        if (params.blocks && (JSON.parse(params.blocks) as unknown[]).length > 0) this.posts.set(key, (this.posts.get(key) ?? 0) + 1);
        this.total++;
        response.end(JSON.stringify({ ok: true, channel: params.channel, ts: `1700000000.${String(this.total).padStart(6, '0')}` }));
        if (this.total === this.expected) this.reached();
        return;
      }
      response.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'briefbot', team: 'bench' }));
    });
  });

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  /** Forget earlier posts and resolve once `count` more chat.postMessage calls have arrived. */
  expect(count: number): Promise<void> {
    this.posts.clear();
    this.total = 0;
    this.expected = count;
    return new Promise((resolve) => (this.reached = resolve));
  }

  close(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}

import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** What the bot sent back for one envelope. */
export interface Ack {
  envelopeId: string;
  payload: unknown;
}

/**
 * Slack's Socket Mode end on 127.0.0.1 (docs/chat-protocols.md): says hello to each client, sends
 * envelopes (slash_commands, interactive, events_api) and collects the acks, `{envelope_id, payload}`.
 */
export class FakeSocketMode {
  readonly acks: Ack[] = [];
  private readonly waiting = new Map<string, (ack: Ack) => void>();
  private next = 0;

  private constructor(private readonly server: WebSocketServer) {
    server.on('connection', (socket) => {
      socket.on('message', (data) => this.receive(String(data)));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
    });
  }

  static async start(): Promise<FakeSocketMode> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new FakeSocketMode(server);
  }

  /** What apps.connections.open should answer. */
  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
  }

  get clients(): ReadonlySet<WebSocket> {
    return this.server.clients;
  }

  /** Send one envelope to the connected bot; resolves with its ack. */
  send(type: 'slash_commands' | 'interactive' | 'events_api', payload: Record<string, unknown>): Promise<Ack> {
    const envelopeId = `env-${++this.next}`;
    const acked = new Promise<Ack>((resolve) => this.waiting.set(envelopeId, resolve));
    const delivery = type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {};
    const message = JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type === 'slash_commands', ...delivery });
    for (const client of this.server.clients) client.send(message);
    return acked;
  }

  /**
   * Close once the bot has hung up (stop the bot first): terminating a socket mid-handshake would
   * leave the client a 30-second timer, and closing it would make the client reconnect.
   */
  async close(): Promise<void> {
    while (this.server.clients.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as { envelope_id?: string; payload?: unknown };
    if (!message.envelope_id) return;
    const ack: Ack = { envelopeId: message.envelope_id, payload: message.payload };
    this.acks.push(ack);
    this.waiting.get(message.envelope_id)?.(ack);
    this.waiting.delete(message.envelope_id);
  }
}

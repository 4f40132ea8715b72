import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_ID, BOT_ID } from './discord-rest.js';

export const GUILD_ID = '910000000000000001';
export const CHANNEL_ID = '920000000000000001';
/** A thread under the channel, already active when the bot connects (listed in GUILD_CREATE). */
export const THREAD_ID = '920000000000000002';

/**
 * Discord's gateway as docs/chat-protocols.md describes it: hello with a small heartbeat, READY on
 * identify (the guild listed unavailable, then its GUILD_CREATE), heartbeat acks, and dispatches
 * with a growing sequence number. JSON, no compression.
 */
export class DiscordGatewayFake {
  private seq = 0;
  private readonly sockets = new Set<WebSocket>();
  private readonly identified = new Set<WebSocket>();
  private readonly readyWaiters: (() => void)[] = [];
  /** What each client sent to identify (op 2): its intents among them. */
  readonly identifies: { intents: number; [key: string]: unknown }[] = [];

  private constructor(private readonly server: WebSocketServer) {
    server.on('connection', (socket) => this.connected(socket));
  }

  static async start(): Promise<DiscordGatewayFake> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new DiscordGatewayFake(server);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Send an event to every identified client, as Discord does with INTERACTION_CREATE. */
  dispatch(t: string, d: unknown): void {
    for (const socket of this.identified) this.send(socket, { op: 0, t, s: ++this.seq, d });
  }

  /** Resolves once a client has identified (the bot is connected). */
  whenIdentified(): Promise<void> {
    return this.identified.size > 0 ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Call after client.destroy(): waits for the client's close, so no socket or timer is left. */
  async close(): Promise<void> {
    while (this.sockets.size > 0) await new Promise((resolve) => [...this.sockets][0]!.once('close', resolve));
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private connected(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.identified.delete(socket);
    });
    socket.on('message', (raw) => this.received(socket, JSON.parse(String(raw)) as { op: number }));
    this.send(socket, { op: 10, d: { heartbeat_interval: 1_000 } });
  }

  private received(socket: WebSocket, payload: { op: number }): void {
    if (payload.op === 1) return this.send(socket, { op: 11 });
    if (payload.op !== 2) return;
    this.identifies.push((payload as unknown as { d: { intents: number } }).d);
    const user = { id: BOT_ID, username: 'briefbot', discriminator: '0', bot: true, avatar: null, global_name: null };
    this.identified.add(socket);
    this.send(socket, {
      op: 0, t: 'READY', s: ++this.seq,
      d: { v: 10, user, session_id: 'session-1', resume_gateway_url: this.url, application: { id: APP_ID, flags: 0 }, guilds: [{ id: GUILD_ID, unavailable: true }], shard: [0, 1] },
    });
    this.send(socket, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: guild() });
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  private send(socket: WebSocket, payload: object): void {
    socket.send(JSON.stringify(payload));
  }
}

/** The test server: one text channel with an active thread, the @everyone role with no permissions. */
function guild(): object {
  const everyone = { id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 };
  return {
    id: GUILD_ID, name: 'Policy team', unavailable: false, owner_id: '930000000000000001', joined_at: new Date().toISOString(), large: false,
    member_count: 2, features: [], roles: [everyone], emojis: [], stickers: [], members: [], presences: [], voice_states: [], threads: [thread()],
    channels: [{ id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
  };
}

/** A public thread (type 11) as Discord describes one, in GUILD_CREATE or when the bot starts one. */
export function thread(id = THREAD_ID, name = 'earlier talk', parentId = CHANNEL_ID): object {
  return {
    id, type: 11, guild_id: GUILD_ID, parent_id: parentId, name, owner_id: '930000000000000001', last_message_id: null, rate_limit_per_user: 0,
    message_count: 0, member_count: 1, total_message_sent: 0, flags: 0,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: '2024-01-01T00:00:00.000Z', locked: false },
  };
}

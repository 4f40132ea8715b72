import { encodeAction } from '../../../src/dispatch/button-action.js';

/**
 * Requests for fuzzing the HTTP receiver, from a seeded generator (the same seed, the same
 * requests): each of Slack's interactivity types and slash commands as Slack sends them, then
 * mutated — fields dropped, retyped, repeated or swapped for awkward values, JSON cut short,
 * bytes flipped, the content type changed.
 */

export interface FuzzRequest {
  /** What was mutated, for a failure message. */
  label: string;
  body: string;
  contentType: string;
  /** A wrong signature: the bot must refuse it (401) whatever the body. */
  badSignature: boolean;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORM = 'application/x-www-form-urlencoded';
const INTERACTION_TYPES = ['block_actions', 'shortcut', 'view_submission', 'view_closed', 'message_action', 'block_suggestion'] as const;
const COMMANDS = ['/ask', '/acronym', '/help', '/sources', '/timeline', '/upcoming', '/digest', '/nonsense', '/'];

export class FuzzBodies {
  private readonly random: () => number;
  private sent = 0;

  constructor(
    seed: number,
    private readonly responseUrl: (id: string) => string,
  ) {
    this.random = seededRandom(seed);
  }

  next(): FuzzRequest {
    const id = `fuzz-${++this.sent}`;
    const roll = this.random();
    if (roll < 0.05) return { label: 'random bytes', body: this.bytes(), contentType: this.pick([FORM, 'application/json', 'text/plain']), badSignature: false };
    const badSignature = this.random() < 0.05;
    if (roll < 0.4) return { ...this.command(id), badSignature };
    if (roll < 0.5) return { ...this.eventsApi(), badSignature };
    return { ...this.interaction(id), badSignature };
  }

  private command(id: string): Omit<FuzzRequest, 'badSignature'> {
    const fields: Record<string, unknown> = {
      token: 'legacy',
      team_id: 'T1',
      channel_id: this.pick(['C_GENERAL', 'D_DIRECT', 'G_PRIVATE']),
      user_id: `U_FUZZ${this.int(20)}`,
      user_name: 'fuzzer',
      command: this.pick(COMMANDS),
      text: this.text(),
      api_app_id: 'A1',
      response_url: this.responseUrl(id),
      trigger_id: `trigger-${id}`,
    };
    const label = this.mutate(fields);
    let body = new URLSearchParams(Object.entries(fields).map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : String(JSON.stringify(value))])).toString();
    let extra = '';
    if (this.random() < 0.1) {
      const field = this.pick(Object.keys(fields));
      body += `&${encodeURIComponent(field)}=${encodeURIComponent(this.text())}`;
      extra = ` repeated ${field}`;
    }
    return { label: `command ${String(fields.command)} ${label}${extra}`, body, contentType: this.random() < 0.05 ? 'application/json' : FORM };
  }

  private interaction(id: string): Omit<FuzzRequest, 'badSignature'> {
    const type = this.pick(INTERACTION_TYPES);
    const payload: Record<string, unknown> = {
      type,
      user: { id: `U_FUZZ${this.int(20)}`, username: 'fuzzer', name: 'fuzzer', team_id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy',
      team: { id: 'T1', domain: 'test' },
      trigger_id: `trigger-${id}`,
      response_url: this.responseUrl(id),
      ...this.typeFields(type),
    };
    const label = this.mutate(payload);
    let json = JSON.stringify(payload);
    let cut = '';
    if (this.random() < 0.1) {
      json = json.slice(0, this.int(json.length));
      cut = ' cut short';
    }
    if (this.random() < 0.05) json = this.pick(['null', '[]', '5', '"block_actions"', 'true', '{}']);
    return { label: `${type} ${label}${cut}`, body: `payload=${encodeURIComponent(json)}`, contentType: FORM };
  }

  private typeFields(type: (typeof INTERACTION_TYPES)[number]): Record<string, unknown> {
    const channel = { id: 'C_GENERAL', name: 'general' };
    switch (type) {
      case 'block_actions': {
        const value = this.random() < 0.6 ? encodeAction({ command: this.pick(['help', 'ask', 'sources', 'acronym']), args: this.random() < 0.5 ? {} : { question: this.text() } }) : this.text();
        const actionId = this.random() < 0.8 ? `briefbot:${this.int(5)}` : this.text();
        return { channel, container: { type: 'message', channel_id: 'C_GENERAL' }, actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1700000001.000002' }] };
      }
      case 'shortcut':
        return { callback_id: 'a_shortcut', action_ts: '1700000001.000002' };
      case 'message_action':
        return { callback_id: 'a_message_action', channel, message: { type: 'message', text: this.text(), ts: '1700000000.000001' } };
      case 'view_submission':
      case 'view_closed':
        return { view: { id: 'V1', type: 'modal', callback_id: 'a_view', state: { values: {} }, app_installed_team_id: 'T1' } };
      case 'block_suggestion':
        return { action_id: 'menu', block_id: 'b1', value: this.text(), channel };
    }
  }

  private eventsApi(): Omit<FuzzRequest, 'badSignature'> {
    const body: Record<string, unknown> = this.pick([
      { type: 'url_verification', challenge: 'c-123', token: 'legacy' },
      { type: 'event_callback', team_id: 'T1', event: { type: 'app_mention', user: 'U1', text: this.text(), channel: 'C_GENERAL', ts: '1.2' } },
      { type: this.text(), event: this.text() },
    ]);
    const label = this.mutate(body);
    return { label: `events ${label}`, body: JSON.stringify(body), contentType: 'application/json' };
  }

  /** Change one field (or none): dropped, or its value swapped for an awkward one. */
  private mutate(object: Record<string, unknown>): string {
    if (this.random() < 0.3) return 'as sent';
    const keys = Object.keys(object);
    const key = this.random() < 0.1 ? this.pick(['__proto__', 'constructor', 'event', 'command', 'name', 'function_data', 'ssl_check', 'payload']) : this.pick(keys);
    if (this.random() < 0.3 && keys.includes(key)) {
      delete object[key];
      return `without ${key}`;
    }
    const value = this.awkward();
    // Defined, not assigned: assigning "__proto__" would set the prototype, not a field JSON shows.
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    return `${key}=${JSON.stringify(value)?.slice(0, 40)}`;
  }

  private awkward(): unknown {
    return this.pick<() => unknown>([
      () => null,
      () => this.int(1000) - 500,
      () => true,
      () => [],
      () => [this.text()],
      () => ({}),
      () => ({ id: this.text() }),
      () => ({ id: '__proto__' }),
      () => '__proto__',
      () => 'constructor',
      () => '',
      () => this.text(),
      () => 'x'.repeat(20_000),
      () => 'http://127.0.0.1:9/closed',
      () => 'javascript:alert(1)',
    ])();
  }

  private text(): string {
    const pieces = ['what is JUCIP', 'semiconductors', '', ' ', 'toString', '__proto__', 'constructor', '<@U1>', '&amp;', '\u0000', '\u202e', '漢字', '🇯🇵', '%00', 'a=b&c=d', '"quoted"', '\n\n', 'subscribe', 'preview', '--limit 999'];
    const count = this.int(4);
    return Array.from({ length: count }, () => this.pick(pieces)).join(' ');
  }

  private bytes(): string {
    return Array.from({ length: this.int(300) }, () => String.fromCharCode(this.int(256))).join('');
  }

  private int(below: number): number {
    return Math.floor(this.random() * below);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

import type { APIEmbed } from 'discord.js';
import type { DiscordOptions } from '../../../src/platforms/discord/start.js';
import { startDiscord } from '../../../src/platforms/discord/start.js';
import type { PlatformDeps, RunningPlatform } from '../../../src/platforms/common/platform.js';
import { DiscordGatewayFake } from './discord-gateway.js';
import type { InteractionPayload } from './discord-interactions.js';
import type { MessagePayload } from './discord-messages.js';
import { DiscordRestFake, type RecordedRequest } from './discord-rest.js';

/** Shaped like a real bot token, so the logger's pattern would catch it too; never valid anywhere. */
export const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAy.GfakeX.fake-token-for-tests-only-0123456789ab';

/**
 * Longer than any test may run: a test sees a deferral only when it asks for one (deferAfterMs),
 * never because a busy machine took 2 s over an answer the test expects at once (type 4).
 */
const NO_DEFERRAL_MS = 10 * 60_000;

/** What the bot answered one interaction with: the callback, and the message shown (a reply, 4/5, or an update of the pressed message, 7/6). */
export interface Answer {
  callback: RecordedRequest;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  message: any;
  ephemeral: boolean;
}

/**
 * The real discord.js client (startDiscord) against the REST and gateway fakes. `send` dispatches an
 * interaction and waits for its answer, following a deferral to the edit; `stop` destroys the
 * client before closing the fakes' sockets.
 */
export class DiscordHarness {
  private constructor(
    readonly rest: DiscordRestFake,
    readonly gateway: DiscordGatewayFake,
    public bot: RunningPlatform,
  ) {}

  static async start(deps: PlatformDeps, options: DiscordOptions = {}): Promise<DiscordHarness> {
    const rest = await DiscordRestFake.start();
    const gateway = await DiscordGatewayFake.start();
    rest.gatewayUrl = gateway.url;
    const bot = await startDiscord({ token: TOKEN, apiUrl: rest.url }, deps, { retries: 0, deferAfterMs: NO_DEFERRAL_MS, ...options });
    return new DiscordHarness(rest, gateway, bot);
  }

  /** Disconnect and connect a new client (a restart) on the same fakes. */
  async restart(deps: PlatformDeps): Promise<void> {
    await this.bot.stop();
    this.bot = await startDiscord({ token: TOKEN, apiUrl: this.rest.url }, deps, { retries: 0, deferAfterMs: NO_DEFERRAL_MS });
  }

  callbackOf(payload: InteractionPayload): Promise<RecordedRequest> {
    return this.rest.waitFor((r) => r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`);
  }

  async send(payload: InteractionPayload): Promise<Answer> {
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    const callback = await this.callbackOf(payload);
    // An update (7, or 6 then an edit) changes the pressed message, which keeps its own visibility.
    const pressed = (payload.message as { flags?: number } | undefined)?.flags === 64;
    if (callback.body.type === 7) return { callback, message: callback.body.data, ephemeral: pressed };
    if (callback.body.type === 6) {
      const edit = await this.rest.waitFor((r) => r.path.startsWith(`/webhooks/`) && r.path.includes(`/${payload.token}`) && r.method !== 'DELETE');
      return { callback, message: edit.body, ephemeral: edit.method === 'PATCH' ? pressed : (edit.body.flags ?? 0) === 64 };
    }
    if (callback.body.type !== 5) return { callback, message: callback.body.data, ephemeral: (callback.body.data?.flags ?? 0) === 64 };
    const edit = await this.rest.waitFor((r) => r.path.startsWith(`/webhooks/`) && r.path.includes(`/${payload.token}`) && r.method !== 'DELETE');
    const ephemeral = edit.method === 'PATCH' ? (callback.body.data?.flags ?? 0) === 64 : (edit.body.flags ?? 0) === 64;
    return { callback, message: edit.body, ephemeral };
  }

  /** A message arrives on the gateway (MESSAGE_CREATE), as one a person writes in the server or a DM. */
  say(message: MessagePayload): void {
    this.gateway.dispatch('MESSAGE_CREATE', message);
  }

  async stop(): Promise<void> {
    await this.bot.stop();
    await this.gateway.close();
    await this.rest.close();
  }
}

/** The parts of a message body the tests read. */
export interface ShownMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: { components: { label: string; custom_id: string }[] }[];
}

/** All the text a message shows (content, embeds, button labels), for assertions. */
export function shownText(message: ShownMessage | undefined): string {
  const embeds = (message?.embeds ?? []).flatMap((embed) => [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])]);
  const labels = (message?.components ?? []).flatMap((row) => row.components.map((c) => c.label));
  return [message?.content, ...embeds, ...labels].filter(Boolean).join('\n');
}

/** The buttons of a message: label and custom_id. */
export function buttonsOf(message: ShownMessage | undefined): { label: string; custom_id: string }[] {
  return (message?.components ?? []).flatMap((row) => row.components);
}

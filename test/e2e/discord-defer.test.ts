import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/dispatch/types.js';
import { Dispatcher } from '../../src/dispatch/dispatcher.js';
import { RateLimiter } from '../../src/dispatch/rate-limit.js';
import { text } from '../../src/present/build.js';
import type { Reply } from '../../src/present/types.js';
import { platformDeps } from '../support/platform-deps.js';
import { DiscordHarness, TOKEN, shownText } from './fakes/discord-harness.js';
import { button, messageMenu, slash } from './fakes/discord-interactions.js';
import { encodeAction } from '../../src/dispatch/button-action.js';

/** A command that answers only when the test lets it: a slow database, a slow disk. */
function gated(name: string, visibility: 'ephemeral' | 'public', options: Command['options'] = [], extra: Partial<Reply> = {}): Command & { release(): void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    name,
    description: 'Waits for the test',
    options,
    examples: [],
    release: () => release(),
    async run() {
      await gate;
      return { title: `Slow ${visibility} answer`, blocks: [text('Worth the wait.')], visibility, ...extra };
    },
  };
}

const slow = gated('slow', 'ephemeral');
const announce = gated('announce', 'public');
// Stands in for /ask, which "Ask briefbot" on a message runs.
const slowAsk = gated('ask', 'ephemeral', [{ name: 'question', description: 'Your question', type: 'string', required: true, rest: true }]);
// A page of a paged answer, and a button's answer that is not one, both slow.
const slowPage = gated('page', 'ephemeral', [], { paged: true });
const slowOther = gated('other', 'ephemeral');
const base = platformDeps({ secrets: [TOKEN] });
const deps = { ...base, dispatcher: new Dispatcher({ knowledge: base.knowledge, commands: [slow, announce, slowAsk, slowPage, slowOther], logger: base.logger, rateLimiter: new RateLimiter(100) }) };
let discord: DiscordHarness;

beforeAll(async () => {
  // Defer at once: the gated commands are still running then, whatever the machine's speed.
  discord = await DiscordHarness.start(deps, { deferAfterMs: 1 });
});

afterAll(async () => {
  await discord.stop();
});

describe('Discord: a command slower than Discord’s 3 seconds', () => {
  it('is deferred privately, then the answer is edited in', async () => {
    const interaction = slash('slow');
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);
    const deferral = await discord.callbackOf(interaction);
    expect(deferral.body).toEqual({ type: 5, data: { flags: 64 } });
    slow.release();
    const edit = await discord.rest.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.path).toBe(`/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`);
    expect(shownText(edit.body)).toBe('Slow ephemeral answer\nWorth the wait.');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('a public answer after a private deferral goes out as a public follow-up, and the placeholder is removed', async () => {
    const interaction = slash('announce');
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);
    await discord.callbackOf(interaction);
    announce.release();
    const removed = await discord.rest.waitFor((r) => r.method === 'DELETE' && r.path.includes(interaction.token));
    const followUp = discord.rest.requests.find((r) => r.method === 'POST' && r.path === `/webhooks/${interaction.application_id}/${interaction.token}`)!;
    expect(discord.rest.requests.indexOf(followUp)).toBeLessThan(discord.rest.requests.indexOf(removed));
    expect(followUp.body.flags).toBeUndefined();
    expect(shownText(followUp.body)).toBe('Slow public answer\nWorth the wait.');
    expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('"Ask briefbot" on a message is deferred privately too, then its answer edited in', async () => {
    const interaction = messageMenu('Ask briefbot', { content: 'a slow question' });
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);
    const deferral = await discord.callbackOf(interaction);
    expect(deferral.body).toEqual({ type: 5, data: { flags: 64 } });
    slowAsk.release();
    const edit = await discord.rest.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.path).toBe(`/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`);
    expect(shownText(edit.body)).toBe('Slow ephemeral answer\nWorth the wait.');
  });

  it('a slow page (More, Back) is deferred as an update (type 6), then edited into the pressed message', async () => {
    const interaction = button(encodeAction({ command: 'page', args: {} }));
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);
    const deferral = await discord.callbackOf(interaction);
    expect(deferral.body).toEqual({ type: 6 });
    slowPage.release();
    const edit = await discord.rest.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.path).toBe(`/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`);
    expect(shownText(edit.body)).toBe('Slow ephemeral answer\nWorth the wait.');
  });

  it('a slow button answer that is not a page is deferred the same way, then sent as a new private message', async () => {
    const interaction = button(encodeAction({ command: 'other', args: {} }));
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);
    expect((await discord.callbackOf(interaction)).body).toEqual({ type: 6 });
    slowOther.release();
    const followUp = await discord.rest.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${interaction.application_id}/${interaction.token}`);
    expect(followUp.body.flags).toBe(64);
    expect(shownText(followUp.body)).toBe('Slow ephemeral answer\nWorth the wait.');
    expect(discord.rest.requests.some((r) => r.method === 'PATCH' && r.path.includes(interaction.token))).toBe(false);
  });
});

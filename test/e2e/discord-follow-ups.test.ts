import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformDeps } from '../support/platform-deps.js';
import { tempStores } from '../store/temp-store.js';
import { THREAD_ID } from './fakes/discord-gateway.js';
import { DiscordHarness, TOKEN, buttonsOf } from './fakes/discord-harness.js';
import { button } from './fakes/discord-interactions.js';
import { mention } from './fakes/discord-messages.js';

/** Follow-ups and votes through the real discord.js client, with a real SQLite store behind them. */
const stores = tempStores();
const store = stores.open();
let discord: DiscordHarness;

beforeAll(async () => {
  discord = await DiscordHarness.start(platformDeps({ secrets: [TOKEN], memory: store }));
});
afterAll(async () => {
  await discord.stop();
  stores.cleanup();
});

describe('Discord: a conversation in a thread', () => {
  it('a follow-up is read with the question before it, and says so', async () => {
    const inThread = { channel: { id: THREAD_ID, type: 11 as const } };
    discord.say(mention('what is JUCIP', inThread));
    await discord.rest.postIn(THREAD_ID);
    discord.say(mention('when was it launched', inThread));
    const followUp = await discord.rest.waitFor((r) => r.path === `/channels/${THREAD_ID}/messages` && discord.rest.postsIn(THREAD_ID).length >= 2);
    const text = JSON.stringify(followUp.body.embeds);
    expect(text).toContain('Read with your earlier question: what is JUCIP');
    expect(text).toMatch(/first \*{0,2}launched\*{0,2} the group in November/);
  });

  it('👍 under the public answer is kept, and only the voter sees the thanks', async () => {
    discord.say(mention('what is METI', { channel: { id: THREAD_ID, type: 11 } }));
    const answer = await discord.rest.waitFor((r) => r.path === `/channels/${THREAD_ID}/messages` && JSON.stringify(r.body).includes('what is METI'));
    const good = buttonsOf(answer.body).find((b) => b.label === '👍')!;
    const pressed = await discord.send(button(good.custom_id, { permissions: '0' }, { threadId: THREAD_ID, ephemeral: false }));
    expect(pressed.ephemeral).toBe(true);
    expect(JSON.stringify(pressed.message)).toContain('Thanks');
    expect(await store.feedback.list()).toContainEqual(expect.objectContaining({ question: 'what is METI', vote: 'good', platform: 'discord' }));
  });
});

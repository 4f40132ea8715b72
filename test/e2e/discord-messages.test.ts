import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.js';
import { RateLimiter } from '../../src/dispatch/rate-limit.js';
import type { Command } from '../../src/dispatch/types.js';
import { platformDeps } from '../support/platform-deps.js';
import { CHANNEL_ID, THREAD_ID } from './fakes/discord-gateway.js';
import { DiscordHarness, TOKEN, buttonsOf, shownText } from './fakes/discord-harness.js';
import { button } from './fakes/discord-interactions.js';
import { DM_CHANNEL_ID, mention, messageCreate } from './fakes/discord-messages.js';
import { BOT_ID } from './fakes/discord-rest.js';
import { recordingDispatcher } from '../support/recording-dispatcher.js';

const boom: Command = {
  name: 'boom',
  description: 'Fails, for the test',
  options: [],
  examples: [],
  run() {
    throw new Error('the index is gone');
  },
};
const base = platformDeps({ secrets: [TOKEN] });
// Three commands a minute per user; every message below comes from a user of its own unless it says otherwise.
const { dispatcher, handled } = recordingDispatcher({ knowledge: base.knowledge, commands: [...commands, boom], logger: base.logger, rateLimiter: new RateLimiter(3) });
const deps = { ...base, dispatcher };
let discord: DiscordHarness;

beforeAll(async () => {
  discord = await DiscordHarness.start(deps);
});

afterAll(async () => {
  await discord.stop();
});

/** A mention in the test channel, answered in the thread the bot starts on it: the thread and the post in it. */
async function askInChannel(text: string) {
  const asked = mention(text);
  discord.say(asked);
  const thread = await discord.rest.threadOn(asked.id);
  const post = await discord.rest.postIn(thread.threadId);
  return { asked, thread, post };
}

describe('Discord: what the bot asks the gateway for', () => {
  it('identifies with Guilds, GuildMessages and DirectMessages, and not the privileged MessageContent', () => {
    const { intents } = discord.gateway.identifies[0]!;
    for (const wanted of [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages]) expect(intents & wanted).toBe(wanted);
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(intents & GatewayIntentBits.GuildMembers).toBe(0);
    expect(intents & GatewayIntentBits.GuildPresences).toBe(0);
  });
});

describe('Discord: a mention in a channel', () => {
  it('is answered in a thread started on that message: the excerpts, More without Share, no pings', async () => {
    const { asked, thread, post } = await askInChannel('what is JUCIP');
    expect(thread).toMatchObject({ channelId: CHANNEL_ID, messageId: asked.id, name: 'what is JUCIP' });
    const [first] = post.body.embeds;
    expect(first.title).toBe('From the papers: what is JUCIP');
    expect(first.description).toContain('**JUCIP**) is the primary mechanism through which American and Japanese leadership coordinate');
    expect(first.fields[0]).toMatchObject({ name: 'Citation', value: expect.stringContaining('Erik M. Jacobs') });
    expect(buttonsOf(post.body).map((b) => b.label)).toEqual(['More results', '👍', '👎']);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.body.flags ?? 0).toBe(0);
    expect(discord.rest.postsIn(CHANNEL_ID)).toEqual([]);
  });

  it('pings nobody, whatever the message says: mentions escaped in the answer, left out of the thread’s name', async () => {
    const { thread, post } = await askInChannel('<@123> @everyone @here <@&456> **bold** [click](https://evil) what is JUCIP');
    expect(thread.name).toBe('**bold** [click](https://evil) what is JUCIP');
    const text = shownText(post.body);
    for (const raw of ['<@123>', '@everyone', '@here', '<@&456>', '**bold**']) expect(text).not.toContain(raw);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('"@briefbot acronym JUCIP" runs /acronym', async () => {
    const { thread, post } = await askInChannel('acronym JUCIP');
    expect(thread.name).toBe('acronym JUCIP');
    expect(post.body.embeds[0].title).toBe('JUCIP: Japan-U.S. Commercial and Industrial Partnership');
    expect(handled.at(-1)).toMatchObject({ platform: 'discord', name: 'acronym', input: { kind: 'text', text: 'JUCIP' }, channelId: CHANNEL_ID });
  });

  it('a mention with nothing else gets the list of commands', async () => {
    const asked = messageCreate(`<@${BOT_ID}>`);
    discord.say(asked);
    const thread = await discord.rest.threadOn(asked.id);
    expect(thread.name).toBe('briefbot');
    expect(shownText((await discord.rest.postIn(thread.threadId)).body)).toContain('briefbot: cited answers');
  });

  it('More under the threaded answer updates that answer in place, for everyone to read', async () => {
    const { thread, post } = await askInChannel('export controls');
    const more = buttonsOf(post.body).find((b) => b.label === 'More results')!;
    const next = await discord.send(button(more.custom_id, { permissions: '0' }, { threadId: thread.threadId, ephemeral: false }));
    expect(next.callback.body.type).toBe(7);
    expect(buttonsOf(next.message).map((b) => b.label)).toEqual(['Back', 'More results', '👍', '👎']);
    expect(next.ephemeral).toBe(false);
    expect(next.message.embeds[0].title).toBe('From the papers: export controls');
    expect(next.message.embeds[0].description).not.toBe(post.body.embeds[0].description);
    expect(buttonsOf(next.message).map((b) => b.label)).not.toContain('Share in channel');
    expect(handled.at(-1)).toMatchObject({ channelId: thread.threadId, input: { kind: 'button' } });
  });

  it('a mention inside a thread is answered in that thread, without starting another', async () => {
    const asked = mention('who blocked the Nippon Steel deal', { channel: { id: THREAD_ID, type: 11 } });
    discord.say(asked);
    const post = await discord.rest.postIn(THREAD_ID);
    expect(post.body.embeds[0].title).toBe('From the papers: who blocked the Nippon Steel deal');
    expect(discord.rest.threads.some((t) => t.messageId === asked.id)).toBe(false);
  });
});

describe('Discord: a direct message', () => {
  it('is a question answered in the DM', async () => {
    discord.say(messageCreate('what is JUCIP', { channel: 'dm' }));
    const post = await discord.rest.postIn(DM_CHANNEL_ID);
    expect(post.body.embeds[0].title).toBe('From the papers: what is JUCIP');
    expect(buttonsOf(post.body).map((b) => b.label)).toEqual(['More results', '👍', '👎']);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('takes slash-style commands: "/upcoming 30"', async () => {
    const before = discord.rest.postsIn(DM_CHANNEL_ID).length;
    discord.say(messageCreate('/upcoming 30', { channel: 'dm' }));
    const post = await discord.rest.waitFor((r) => r.path === `/channels/${DM_CHANNEL_ID}/messages` && discord.rest.postsIn(DM_CHANNEL_ID).length > before);
    expect(post.body.embeds[0].title).toMatch(/^Coming up, /);
    expect(handled.at(-1)).toMatchObject({ name: 'upcoming', input: { kind: 'text', text: '30' }, channelId: DM_CHANNEL_ID });
  });
});

describe('Discord: messages never answered', () => {
  it('the bot’s own, another bot’s, a webhook’s, a system message, and a server message without a mention', async () => {
    const ignored = [
      mention('what is JUCIP', { author: { id: BOT_ID, name: 'briefbot', bot: true } }),
      mention('what is JUCIP', { author: { name: 'Otherbot', bot: true } }),
      mention('what is JUCIP', { author: { name: 'Hook' }, webhookId: '990000000000009999' }),
      mention('what is JUCIP', { type: 7 }),
      messageCreate('what is JUCIP'),
      messageCreate('what is JUCIP', { channel: { id: THREAD_ID, type: 11 } }),
    ];
    for (const message of ignored) discord.say(message);
    const before = handled.length;
    // Messages are taken in order, and a message answered reaches the dispatcher before any await:
    // once the one after them is answered, any of them that was not ignored would have been handled too.
    const sentinel = mention('sources');
    discord.say(sentinel);
    await discord.rest.postIn((await discord.rest.threadOn(sentinel.id)).threadId);
    expect(handled.slice(before).map((r) => r.name)).toEqual(['sources']);
    for (const message of ignored) expect(discord.rest.requests.some((r) => r.path.includes(message.id))).toBe(false);
  });
});

describe('Discord: the guarantees of slash commands', () => {
  it('a command that throws → the apology with an error id, in the thread, and the error logged under that id', async () => {
    const { post } = await askInChannel('boom');
    const text = shownText(post.body);
    expect(text).toContain('Sorry — something went wrong while answering /boom.');
    const errorId = /error id ([0-9a-f]{8})/.exec(text)?.[1];
    expect(deps.log.lines.some((line) => line.level === 50 && line.errorId === errorId)).toBe(true);
  });

  it('the rate limit applies to messages as to commands', async () => {
    const author = { id: '944000000000000001', name: 'Ken' };
    for (let i = 1; i <= 4; i++) discord.say(messageCreate('help', { channel: 'dm', author }));
    await discord.rest.waitFor(() => handled.filter((r) => r.user.id === author.id).length === 4 && discord.rest.postsIn(DM_CHANNEL_ID).filter((r) => shownText(r.body).includes('faster than I can keep up')).length === 1);
    const answers = discord.rest.postsIn(DM_CHANNEL_ID).map((r) => shownText(r.body));
    expect(answers.filter((text) => text.includes('You’re sending commands faster than I can keep up with.'))).toHaveLength(1);
  });
});

describe('Discord: when Discord refuses', () => {
  it('a thread refused (50013 Missing Permissions) → the answer as a reply in the channel', async () => {
    const asked = mention('what is JUCIP');
    discord.rest.fail(new RegExp(`^POST /channels/${CHANNEL_ID}/messages/${asked.id}/threads$`), { status: 403, code: 50013, message: 'Missing Permissions' });
    discord.say(asked);
    const post = await discord.rest.postIn(CHANNEL_ID);
    expect(post.body.embeds[0].title).toBe('From the papers: what is JUCIP');
    expect(post.body.message_reference).toMatchObject({ message_id: asked.id, fail_if_not_exists: false });
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(deps.log.lines.find((line) => line.msg === 'discord: could not answer a message in the thread')).toMatchObject({ level: 40, err: { code: 50013 } });
  });

  it('nowhere to post (50001 Missing Access) → a log line, and the bot keeps answering', async () => {
    const asked = mention('what is JUCIP', { channel: { id: THREAD_ID, type: 11 } });
    discord.rest.fail(new RegExp(`^POST /channels/${THREAD_ID}/messages$`), { status: 403, code: 50001, message: 'Missing Access' });
    discord.say(asked);
    // Polled: a log line is no request the fake could wait for. The bound is the test's own, not a speed limit.
    await vi.waitFor(() => expect(deps.log.lines.find((line) => line.message === asked.id && line.level === 50)).toMatchObject({ msg: 'discord: could not answer a message anywhere; check the bot’s permissions in that channel' }), { timeout: 15_000, interval: 20 });
    discord.say(messageCreate('sources', { channel: 'dm' }));
    await discord.rest.waitFor((r) => r.path === `/channels/${DM_CHANNEL_ID}/messages` && shownText(r.body).includes('5 papers in the corpus'));
  });
});

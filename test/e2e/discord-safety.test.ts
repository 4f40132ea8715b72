import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command } from '../../src/dispatch/types.js';
import { Dispatcher } from '../../src/dispatch/dispatcher.js';
import { RateLimiter } from '../../src/dispatch/rate-limit.js';
import { composeDigest } from '../../src/present/timeline/digest.js';
import { tempStores } from '../store/temp-store.js';
import { realKnowledge } from '../support/corpus.js';
import { platformDeps } from '../support/platform-deps.js';
import { DiscordHarness, TOKEN, shownText } from './fakes/discord-harness.js';
import { MANAGE_GUILD, NO_PERMISSIONS, autocomplete, slash, type Asker } from './fakes/discord-interactions.js';

const ADMIN_ID = '940000000000000099';
const stores = tempStores();
const store = stores.open();
const services = { store, digest: (localDate: string, timeZone: string) => composeDigest(realKnowledge().timeline, localDate, { timeZone }) };
const base = platformDeps({ secrets: [TOKEN], admins: [ADMIN_ID] });
const boom: Command = {
  name: 'boom',
  description: 'Fails, for the test',
  options: [],
  examples: [],
  run() {
    throw new Error(`the database refused token ${TOKEN}`);
  },
};
// Three commands a minute per user: each test below asks as a user of its own.
const deps = {
  ...base,
  dispatcher: new Dispatcher({ knowledge: base.knowledge, commands: [...commands, boom], services, logger: base.logger, rateLimiter: new RateLimiter(3) }),
};
let discord: DiscordHarness;
let users = 0;
const member = (permissions = NO_PERMISSIONS): Asker => ({ id: `94100000000000000${++users}`, permissions });

beforeAll(async () => {
  discord = await DiscordHarness.start(deps);
});

afterAll(async () => {
  await discord.stop();
  stores.cleanup();
});

describe('Discord: untrusted text', () => {
  const injection = '<!channel> <!here> @everyone <@123> <https://evil|click> [click](https://evil) **bold** # heading';

  it('escapes mentions and markdown in a question, and no message may ping anyone', async () => {
    const { message } = await discord.send(slash('ask', { question: injection }, member()));
    const text = shownText(message);
    for (const raw of ['<!channel>', '<!here>', '@everyone', '<@123>', '<https://evil|click>', '**bold**']) expect(text).not.toContain(raw);
    expect(text).toContain('\\*\\*bold\\*\\* # heading');
    expect(text).toContain('\\[click](https://evil)');
    // Still readable: without the escapes it is the question as typed.
    expect(text.replace(/\u200b/g, '').replace(/\\(.)/g, '$1')).toContain(injection.replace('# heading', ''));
    const bodies = discord.rest.messageBodies();
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('Discord: rate limit', () => {
  it('answers the fourth command in a minute with a polite request to slow down, yet still completes typing', async () => {
    const asker = member();
    for (let i = 0; i < 3; i++) expect(shownText((await discord.send(slash('help', {}, asker))).message)).toContain('briefbot: cited answers');
    const fourth = await discord.send(slash('help', {}, asker));
    expect(fourth.ephemeral).toBe(true);
    expect(shownText(fourth.message)).toMatch(/You’re sending commands faster than I can keep up with\. Please wait \d+ seconds? and try again\./);
    const { callback } = await discord.send(autocomplete('acronym', 'term', 'JU', asker));
    expect(callback.body.data.choices[0].value).toBe('JUCIP');
  });
});

describe('Discord: who may change the digest', () => {
  const subscribe = (asker: Asker) => discord.send(slash('digest', { action: 'subscribe', settings: '09:00 Asia/Tokyo' }, asker));

  it('refuses a member without Manage Server, and says what they can still do', async () => {
    const text = shownText((await subscribe(member(NO_PERMISSIONS))).message);
    expect(text).toContain('Only members with the Manage Server permission can change this channel’s digest subscription');
    expect(await store.subscriptions.list()).toEqual([]);
  });

  it('lets a member with Manage Server subscribe the channel', async () => {
    expect(shownText((await subscribe(member(MANAGE_GUILD))).message)).toContain('Subscribed: this channel gets the digest');
    expect((await store.subscriptions.list()).map((s) => s.platform)).toEqual(['discord']);
  });

  it('in a DM, only the users named in BRIEFBOT_ADMINS', async () => {
    expect(shownText((await subscribe({ id: '94200000000000001' })).message)).toContain('Only members with the Manage Server permission can change this channel’s digest subscription');
    expect(shownText((await subscribe({ id: ADMIN_ID })).message)).toContain('Subscribed: this channel gets the digest');
  });
});

describe('Discord: failures', () => {
  it('apologises with an error id when a command throws, logs it under that id, and keeps answering', async () => {
    const { message } = await discord.send(slash('boom', {}, member()));
    const errorId = /error id ([0-9a-f]{8})/.exec(shownText(message))?.[1];
    expect(shownText(message)).toContain('Sorry — something went wrong while answering /boom.');
    expect(deps.log.lines.some((line) => line.level === 50 && line.errorId === errorId)).toBe(true);
    expect(shownText((await discord.send(slash('help', {}, member()))).message)).toContain('briefbot: cited answers');
  });

  it('logs a failed reply without throwing, and the client keeps running', async () => {
    const failing = slash('help', {}, member());
    discord.rest.fail(new RegExp(`^POST /interactions/${failing.id}/`), { status: 404, code: 10062, message: 'Unknown interaction' });
    discord.gateway.dispatch('INTERACTION_CREATE', failing);
    // The first callback fails; the bot then tries once to apologise, which fails the same way.
    await discord.rest.waitFor((r) => r.path.startsWith(`/interactions/${failing.id}/`) && r.body.data.embeds[0].description.startsWith('Sorry'));
    expect(shownText((await discord.send(slash('sources', {}, member()))).message)).toContain('5 papers in the corpus');
    const logged = deps.log.lines.find((line) => line.msg === 'discord: could not answer an interaction');
    expect(logged).toMatchObject({ level: 50, platform: 'discord', command: 'help', err: { code: 10062, status: 404 } });
    expect(JSON.stringify(logged)).not.toContain(failing.token);
  });

  it('never writes the token into the log', () => {
    expect(deps.log.raw.length).toBeGreaterThan(0);
    for (const line of deps.log.raw) expect(line).not.toContain(TOKEN);
  });
});

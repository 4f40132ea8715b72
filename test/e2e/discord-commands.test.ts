import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/present/timeline/digest.js';
import { tempStores } from '../store/temp-store.js';
import { realKnowledge } from '../support/corpus.js';
import { platformDeps } from '../support/platform-deps.js';
import { DiscordHarness, TOKEN, buttonsOf, shownText } from './fakes/discord-harness.js';
import { autocomplete, button, slash } from './fakes/discord-interactions.js';

const stores = tempStores();
const store = stores.open();
const deps = platformDeps({
  secrets: [TOKEN],
  now: () => new Date('2026-11-22T09:00:00Z'),
  services: { store, digest: (localDate, timeZone) => composeDigest(realKnowledge().timeline, localDate, { timeZone }) },
});
let discord: DiscordHarness;

beforeAll(async () => {
  discord = await DiscordHarness.start(deps);
});

afterAll(async () => {
  await discord.stop();
  stores.cleanup();
});

describe('Discord: every command answers through the real discord.js client', () => {
  it('/ask answers with the verbatim excerpt, its citation, More and Share buttons, privately', async () => {
    const { message, ephemeral, callback } = await discord.send(slash('ask', { question: 'what is JUCIP' }));
    expect(callback.body.type).toBe(4);
    expect(ephemeral).toBe(true);
    const [first] = message.embeds;
    expect(first.title).toBe('From the papers: what is JUCIP');
    expect(first.description).toContain('**JUCIP**) is the primary mechanism through which American and Japanese leadership coordinate');
    expect(first.fields[0]).toMatchObject({ name: 'Citation', value: expect.stringContaining('Erik M. Jacobs, “US-Japan Economic Security Coordination Update”') });
    expect(buttonsOf(message).map((b) => b.label)).toEqual(['More results', '👍', '👎', 'Share in channel']);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('/acronym JUCIP spells it out from the papers', async () => {
    const { message } = await discord.send(slash('acronym', { term: 'JUCIP' }));
    expect(message.embeds[0].title).toBe('JUCIP: Japan-U.S. Commercial and Industrial Partnership');
    expect(shownText(message)).toContain('Commerce Secretary Gina Raimondo met with her counterpart Koichi Hagiuda');
  });

  it('/upcoming lists what is coming with the sources quoted', async () => {
    const { message } = await discord.send(slash('upcoming', { days: 30 }));
    expect(message.embeds[0].title).toBe('Coming up, 22 Nov 2026 to 21 Dec 2026 (UTC)');
    expect(shownText(message)).toContain('Japanese, South Korean, and Chinese foreign ministers met on November 26 in Busan');
    expect(buttonsOf(message).map((b) => b.label)).toContain('More');
  });

  it('/timeline 2023 shows dated events with citations', async () => {
    const { message } = await discord.send(slash('timeline', { query: '2023' }));
    expect(message.embeds[0].title).toBe('Timeline: 2023');
    // One card per event with its citation, then "Showing 1–5 of …".
    const cards = message.embeds.slice(0, -1);
    expect(cards).toHaveLength(5);
    for (const card of cards) expect(card.fields[0].name).toBe('Citation');
    expect(message.embeds.at(-1).description).toMatch(/^Showing 1–5 of \d+\.$/);
  });

  it('/digest alone shows the channel’s status', async () => {
    const { message } = await discord.send(slash('digest'));
    expect(shownText(message)).toContain('This channel has no digest subscription.');
  });

  it('/sources lists the five papers', async () => {
    const { message } = await discord.send(slash('sources'));
    expect(message.embeds[0].title).toBe('5 papers in the corpus');
    expect(message.embeds[0].description).toContain('Kurt W. Tong, “Configuring the U.S.-Japan Alliance');
  });

  it('/help lists every command', async () => {
    const text = shownText((await discord.send(slash('help'))).message);
    for (const name of ['ask', 'acronym', 'upcoming', 'timeline', 'digest', 'sources', 'help']) expect(text).toContain(`**/${name}`);
  });
});

describe('Discord: buttons', () => {
  it('More results replaces the private answer with the next excerpts (UPDATE_MESSAGE, type 7)', async () => {
    const first = await discord.send(slash('ask', { question: 'export controls' }));
    const more = buttonsOf(first.message).find((b) => b.label === 'More results')!;
    const next = await discord.send(button(more.custom_id));
    expect(next.callback.body.type).toBe(7);
    expect(next.callback.body.data.flags).toBeUndefined();
    expect(next.ephemeral).toBe(true);
    expect(next.message.embeds[0].title).toBe('From the papers: export controls');
    expect(next.message.embeds[0].description).not.toBe(first.message.embeds[0].description);
    expect(buttonsOf(next.message).map((b) => b.label)).toEqual(['Back', 'More results', '👍', '👎', 'Share in channel']);
  });

  it('Back turns the page back in place, to the first answer', async () => {
    const first = await discord.send(slash('ask', { question: 'export controls' }));
    const next = await discord.send(button(buttonsOf(first.message).find((b) => b.label === 'More results')!.custom_id));
    const back = await discord.send(button(buttonsOf(next.message).find((b) => b.label === 'Back')!.custom_id));
    expect(back.callback.body.type).toBe(7);
    expect(back.message.embeds).toEqual(first.message.embeds);
  });

  it('Share posts the same answer publicly, saying who shared it, without buttons', async () => {
    const asked = await discord.send(slash('acronym', { term: 'METI' }));
    const share = buttonsOf(asked.message).find((b) => b.label === 'Share in channel')!;
    const shared = await discord.send(button(share.custom_id, { permissions: '0', name: 'Ayumi <@1>' }));
    expect(shared.ephemeral).toBe(false);
    expect(shared.callback.body.data.flags).toBeUndefined();
    expect(shared.message.content).toBe('Shared by Ayumi <\u200b@1>');
    expect(shared.message.embeds).toEqual(asked.message.embeds);
    expect(shared.message.components).toEqual([]);
  });

  it('a long question’s Share button is kept under a short id that fits Discord’s 100 characters', async () => {
    const question = 'what did the United States and Japan agree about semiconductors and export controls in 2023';
    const asked = await discord.send(slash('ask', { question }));
    const share = buttonsOf(asked.message).find((b) => b.label === 'Share in channel')!;
    expect(share.custom_id).toMatch(/^bb:/);
    const shared = await discord.send(button(share.custom_id));
    expect(shared.message.embeds[0].title).toBe(`From the papers: ${question}`);
  });

  it('an unknown or malformed button says it has expired', async () => {
    for (const customId of ['bb:gone', '{"c":"ask"', 'something else']) {
      const { message, ephemeral } = await discord.send(button(customId));
      expect(ephemeral).toBe(true);
      expect(shownText(message)).toBe('This button has expired — run the command again.');
    }
  });
});

describe('Discord: /acronym autocomplete', () => {
  const choices = async (typed: string) => {
    const { callback } = await discord.send(autocomplete('acronym', 'term', typed));
    expect(callback.body.type).toBe(8);
    return callback.body.data.choices as { name: string; value: string }[];
  };

  it('suggests acronyms as the user types, with what they stand for', async () => {
    expect((await choices('JU'))[0]).toEqual({ name: 'JUCIP — Japan-U.S. Commercial and Industrial Partnership', value: 'JUCIP' });
    expect((await choices('jui')).map((c) => c.value)).toContain('JUCIP');
    expect((await choices('ministry of economy')).map((c) => c.value)).toEqual(['METI']);
  });

  it('offers the first 25 entries when nothing is typed, and nothing for gibberish', async () => {
    const all = await choices('');
    expect(all).toHaveLength(25);
    expect(all[0]!.value).toBe('AI');
    expect(await choices('zzzzqq')).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/present/timeline/digest.js';
import { realKnowledge } from '../support/corpus.js';
import { platformDeps } from '../support/platform-deps.js';
import { tempStores } from '../store/temp-store.js';
import { SlackHarness, type Mode } from './fakes/slack-harness.js';
import { buttonLabels, contextTexts, headerText as header, sectionTexts } from './fakes/slack-blocks.js';

/** Every command, typed in Slack and answered through real Bolt, in both connection modes. */

describe.each<Mode>(['socket', 'http'])('Slack commands in %s mode', (mode) => {
  const stores = tempStores();
  let slack: SlackHarness;

  beforeAll(async () => {
    const store = stores.open();
    const digest = (date: string, timeZone: string) => composeDigest(realKnowledge().timeline, date, { timeZone });
    slack = await SlackHarness.start(mode, platformDeps({ services: { store, digest }, now: () => new Date('2026-11-22T09:00:00Z') }));
  });
  afterAll(async () => {
    await slack.stop();
    stores.cleanup();
  });

  it('/ask: acks with no body, then answers privately with cited excerpts and buttons', async () => {
    const { ack, response } = await slack.command('ask', 'what is JUCIP');
    if (mode === 'socket') expect(ack.payload ?? {}).toEqual({});
    else expect(ack).toEqual({ status: 200, body: '' });
    const body = response.body;
    expect(body.response_type).toBe('ephemeral');
    expect(header(body)).toBe('From the papers: what is JUCIP');
    expect(sectionTexts(body)[0]).toMatch(/^“The Japan-United States .*\(\*JUCIP\*\) is the primary mechanism .* between DOC and METI\.”$/);
    expect(contextTexts(body)[0]).toMatch(/^Erik M\. Jacobs, “US-Japan Economic Security Coordination Update”.*, passage 6$/);
    expect(buttonLabels(body)).toEqual(['More results', '👍', '👎', 'Share in channel']);
    expect(body.text).toContain('From the papers: what is JUCIP');
  });

  it('/ask: an excerpt that cites a footnote shows the note under its citation', async () => {
    const { body } = (await slack.command('ask', 'who blocked the Nippon Steel deal')).response;
    expect(sectionTexts(body)[0]).toContain('President Joe Biden *blocked* the merger');
    expect(contextTexts(body)).toContain('[16] “Statement from President Joe Biden,” White House, January 3, 2025.');
  });

  it('/acronym JUCIP spells it out from the papers', async () => {
    const { body } = (await slack.command('acronym', 'JUCIP')).response;
    expect(header(body)).toBe('JUCIP: Japan-U.S. Commercial and Industrial Partnership');
    expect(sectionTexts(body).join('\n')).toContain('announced a “*Japan-U.S. Commercial and Industrial Partnership* (*JUCIP*).”');
    expect(contextTexts(body).some((text) => text.startsWith('Kurt W. Tong, “Configuring the U.S.-Japan Alliance'))).toBe(true);
  });

  it('/upcoming lists the coming anniversaries with their sources', async () => {
    const { body } = (await slack.command('upcoming', '30')).response;
    expect(header(body)).toBe('Coming up, 22 Nov 2026 to 21 Dec 2026 (UTC)');
    expect(sectionTexts(body)[0]).toContain('Thu 26 Nov — 3 years ago, 26 Nov 2023');
    expect(buttonLabels(body)).toEqual(['More', 'Share in channel']);
  });

  it('/timeline 2023 lists the year’s events', async () => {
    const { body } = (await slack.command('timeline', '2023')).response;
    expect(header(body)).toBe('Timeline: 2023');
    expect(sectionTexts(body).some((text) => text.startsWith('January 2023: US-Japan Economic Policy Consultative Committee'))).toBe(true);
  });

  it('/sources lists the five papers', async () => {
    const { body } = (await slack.command('sources', '')).response;
    expect(header(body)).toBe('5 papers in the corpus');
    const list = sectionTexts(body).join('\n');
    expect(list.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(5);
    expect(list).toContain('• Kurt W. Tong, “Configuring the U.S.-Japan Alliance');
  });

  it('/help lists every command with its usage', async () => {
    const { body } = (await slack.command('help', '')).response;
    const list = sectionTexts(body).join('\n');
    for (const usage of ['*/ask &lt;question&gt;*', '*/acronym [term]*', '*/upcoming [days] [zone]*', '*/timeline [query]*', '*/sources*', '*/help*']) expect(list).toContain(usage);
    expect(list).toContain('*/digest [subscribe|unsubscribe|status|preview] [settings]*');
  });

  it('/digest status says the channel has no subscription yet', async () => {
    const { body } = (await slack.command('digest', 'status')).response;
    expect(header(body)).toBe('Daily digest');
    expect(sectionTexts(body)[0]).toBe('This channel has no digest subscription.');
  });

  it('a slash command the bot no longer has gets a hint, not Slack’s timeout', async () => {
    const { body } = (await slack.command('sourcez', '')).response;
    expect(sectionTexts(body)).toEqual(['❌ There is no /sourcez command. Did you mean /sources? Type /help for the list.']);
  });

  it('More results replaces the private answer with the next page (replace_original), with Back', async () => {
    const first = (await slack.command('ask', 'what is JUCIP')).response.body;
    const { ack, response } = await slack.press(first, 'More results');
    if (mode === 'http') expect(ack).toEqual({ status: 200, body: '' });
    expect(response.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(contextTexts(response.body).length).toBeGreaterThan(0);
    expect(sectionTexts(response.body)[0]).not.toBe(sectionTexts(first)[0]);
    expect(buttonLabels(response.body)).toEqual(['Back', 'More results', '👍', '👎', 'Share in channel']);
  });

  it('Back replaces the page with the first one again', async () => {
    const first = (await slack.command('ask', 'what is JUCIP')).response.body;
    const second = (await slack.press(first, 'More results')).response.body;
    const back = (await slack.press(second, 'Back')).response.body;
    expect(back).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(back.blocks).toEqual(first.blocks);
  });

  it('a button that does not turn a page (an acronym suggestion) still answers in a new message', async () => {
    const first = (await slack.command('acronym', 'JXLC')).response.body;
    const label = buttonLabels(first)[0];
    if (label === undefined) throw new Error(`no suggestion for JXLC: ${JSON.stringify(first.blocks)}`);
    expect((await slack.press(first, label)).response.body).toMatchObject({ replace_original: false });
  });

  it('Share posts the same answer to the channel, saying who shared it, without buttons', async () => {
    const first = (await slack.command('ask', 'what is JUCIP')).response.body;
    const shared = (await slack.press(first, 'Share in channel', { id: 'U_BOB', name: 'bob <!channel>' })).response.body;
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(sectionTexts(shared)).toEqual(sectionTexts(first));
    expect(contextTexts(shared)).toContain('Shared by bob &lt;!channel&gt;');
    expect(buttonLabels(shared)).toEqual([]);
  });

  it('a button that cannot be read asks to run the command again', async () => {
    const { response } = await slack.pressRaw('briefbot:0', '{"c":"ask","a":');
    expect(response.body.response_type).toBe('ephemeral');
    expect(sectionTexts(response.body)).toEqual(['That button no longer works — run the command again.']);
  });

  it('a question full of mentions and markup pings no one and styles nothing', async () => {
    const question = '<!channel> <!here> @everyone <@U123> <https://evil|click> *bold* _it_ ~s~ `code`';
    const { body } = (await slack.command('ask', question)).response;
    const sent = slack.everythingSent();
    for (const raw of ['<!channel>', '<!here>', '<@U123>', '<https://evil|click>', '@everyone']) expect(sent).not.toContain(raw);
    // Only "click bold it s code" is left to search once the chat noise is gone: nothing matches.
    expect(sectionTexts(body)[0]).toBe(
      'Nothing in the papers matches “&lt;!channel&gt; &lt;!here&gt; @\u2060everyone &lt;@U123&gt; &lt;https://evil|click&gt; *bold* _it_ ~s~ `code`”.',
    );
    // In mrkdwn (the fallback text), the stray markup is swapped for look-alikes that Slack leaves alone.
    expect(body.text).toContain('∗bold∗ ˍitˍ ∼s∼ ˋcodeˋ');
    expect(body.text).not.toMatch(/[*_~`]/);
  });

  // Last in each mode: by now every exchange above has been answered.
  it('answered every command and button exactly once', () => {
    const ids = slack.responses.responses.map((response) => response.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

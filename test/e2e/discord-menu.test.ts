import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { RateLimiter } from '../../src/dispatch/rate-limit.js';
import type { Command } from '../../src/dispatch/types.js';
import { platformDeps } from '../support/platform-deps.js';
import { DiscordHarness, TOKEN, buttonsOf, shownText } from './fakes/discord-harness.js';
import { button, messageMenu, type Asker } from './fakes/discord-interactions.js';
import { BOT_ID } from './fakes/discord-rest.js';
import { recordingDispatcher } from '../support/recording-dispatcher.js';

/** /ask as shipped, except that a question about "boom" throws: a command failing mid-answer. */
const realAsk = commands.find((command) => command.name === 'ask')!;
const ask: Command = {
  ...realAsk,
  run(options, context) {
    if (String(options.question).includes('boom')) throw new Error('the index is gone');
    return realAsk.run(options, context);
  },
};
const base = platformDeps({ secrets: [TOKEN] });
// Three commands a minute per user; every test below uses a user of its own.
const { dispatcher, handled } = recordingDispatcher({ knowledge: base.knowledge, commands: commands.map((command) => (command.name === 'ask' ? ask : command)), logger: base.logger, rateLimiter: new RateLimiter(3) });
const deps = { ...base, dispatcher };
let discord: DiscordHarness;
let users = 0;

/** A member of the test server with no special permissions, new to the rate limiter. */
function someone(): Asker {
  users += 1;
  return { id: String(942000000000000000n + BigInt(users)), permissions: '0' };
}

beforeAll(async () => {
  discord = await DiscordHarness.start(deps);
});

afterAll(async () => {
  await discord.stop();
});

describe('Discord: "Ask briefbot" on a message (right-click → Apps)', () => {
  it('asks the message’s text: a private answer with the excerpts, Share and More', async () => {
    const asker = someone();
    const answer = await discord.send(messageMenu('Ask briefbot', { content: 'what is JUCIP' }, asker));
    expect(answer.callback.body.type).toBe(4);
    expect(answer.ephemeral).toBe(true);
    const [first] = answer.message.embeds;
    expect(first.title).toBe('From the papers: what is JUCIP');
    expect(first.description).toContain('**JUCIP**) is the primary mechanism through which American and Japanese leadership coordinate');
    expect(first.fields[0]).toMatchObject({ name: 'Citation', value: expect.stringContaining('Erik M. Jacobs') });
    expect(buttonsOf(answer.message).map((b) => b.label)).toEqual(['More results', '👍', '👎', 'Share in channel']);
    expect(answer.message.allowed_mentions).toEqual({ parse: [] });
    expect(handled.at(-1)).toMatchObject({ platform: 'discord', name: 'ask', input: { kind: 'values', values: { question: 'what is JUCIP' } }, user: { id: asker.id } });
  });

  it('More under that answer turns the page privately, as under /ask', async () => {
    const asker = someone();
    const answer = await discord.send(messageMenu('Ask briefbot', { content: 'export controls' }, asker));
    const more = buttonsOf(answer.message).find((b) => b.label === 'More results')!;
    const next = await discord.send(button(more.custom_id, asker));
    expect(next.ephemeral).toBe(true);
    expect(next.message.embeds[0].title).toBe('From the papers: export controls');
    expect(next.message.embeds[0].description).not.toBe(answer.message.embeds[0].description);
  });

  it('leaves the mentions in the message out of the question', async () => {
    const answer = await discord.send(messageMenu('Ask briefbot', { content: `<@${BOT_ID}> <@123456789012345678> @everyone <@&456> <#789> what is JUCIP` }, someone()));
    expect(answer.message.embeds[0].title).toBe('From the papers: what is JUCIP');
    expect(handled.at(-1)!.input).toEqual({ kind: 'values', values: { question: 'what is JUCIP' } });
    for (const raw of ['<@', '@everyone', '<#']) expect(shownText(answer.message)).not.toContain(raw);
  });

  it('takes at most 1,000 characters of a long message, cut between words', async () => {
    const answer = await discord.send(messageMenu('Ask briefbot', { content: `what is JUCIP ${'and the semiconductor supply chain '.repeat(60)}` }, someone()));
    const { input } = handled.at(-1)!;
    const question = String(input.kind === 'values' ? input.values.question : '');
    expect(question.length).toBeLessThanOrEqual(1000);
    expect(question).toMatch(/^what is JUCIP and the semiconductor supply chain .*(chain|the|and|semiconductor|supply)…$/);
    // Answered, not refused as too long.
    expect(answer.message.embeds[0].title).toMatch(/^From the papers: what is JUCIP/);
  });

  it('a message without text (an image, an embed, only mentions) → a short private hint, and no command run', async () => {
    const before = handled.length;
    for (const target of [{ content: '', attachments: [{ id: '1', filename: 'chart.png', size: 1, url: 'https://cdn.invalid/chart.png', proxy_url: 'https://cdn.invalid/chart.png' }] }, { content: '', embeds: [{ title: 'A link preview' }] }, { content: `<@${BOT_ID}>` }]) {
      const answer = await discord.send(messageMenu('Ask briefbot', target, someone()));
      expect(answer.callback.body.type).toBe(4);
      expect(answer.ephemeral).toBe(true);
      expect(shownText(answer.message)).toBe('“Ask briefbot” uses a message’s text, and this message has none it can read (only an image, an embed or an attachment). Type /ask with your question instead, e.g. /ask what is JUCIP.');
      expect(buttonsOf(answer.message)).toEqual([]);
    }
    expect(handled.length).toBe(before);
  });

  it('a command that throws → the apology with an error id, privately, and the error logged under that id', async () => {
    const answer = await discord.send(messageMenu('Ask briefbot', { content: 'boom' }, someone()));
    expect(answer.ephemeral).toBe(true);
    const text = shownText(answer.message);
    expect(text).toContain('Sorry — something went wrong while answering /ask.');
    const errorId = /error id ([0-9a-f]{8})/.exec(text)?.[1];
    expect(deps.log.lines.some((line) => line.level === 50 && line.errorId === errorId)).toBe(true);
  });

  it('the rate limit applies, counted with the person’s other commands', async () => {
    const asker = someone();
    const answers = [];
    for (let i = 1; i <= 4; i++) answers.push(await discord.send(messageMenu('Ask briefbot', { content: 'what is JUCIP' }, asker)));
    expect(answers.slice(0, 3).map((a) => a.message.embeds[0].title)).toEqual(Array(3).fill('From the papers: what is JUCIP'));
    expect(answers[3]!.ephemeral).toBe(true);
    expect(shownText(answers[3]!.message)).toContain('You’re sending commands faster than I can keep up with.');
  });

  it('a menu entry the bot no longer has (registered by an older version) → a private line pointing at /help', async () => {
    const before = handled.length;
    const answer = await discord.send(messageMenu('Summarise this', { content: 'what is JUCIP' }, someone()));
    expect(answer.ephemeral).toBe(true);
    expect(shownText(answer.message)).toBe('“Summarise this” is no longer one of briefbot’s commands. Type /help for the list.');
    expect(handled.length).toBe(before);
  });
});

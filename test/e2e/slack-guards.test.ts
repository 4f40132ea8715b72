import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command } from '../../src/dispatch/types.js';
import { text } from '../../src/present/build.js';
import { Dispatcher } from '../../src/dispatch/dispatcher.js';
import { RateLimiter } from '../../src/dispatch/rate-limit.js';
import { platformDeps } from '../support/platform-deps.js';
import { SECRETS, SlackHarness, type Mode } from './fakes/slack-harness.js';
import { headerText, sectionTexts as texts } from './fakes/slack-blocks.js';
import { SlackConversations } from './fakes/slack-conversation.js';

/** What protects users and the bot: the 3-second ack, the rate limit, failures that stay contained. */


const HELP = 'briefbot: cited answers from US–Japan economic security papers';

let release: () => void = () => {};
const gate = () => new Promise<void>((resolve) => (release = resolve));

/** Two commands that exist only here: one that fails, one that answers when the test says so. */
const boom: Command = {
  name: 'boom',
  description: 'Fails on purpose',
  options: [],
  examples: ['/boom'],
  run: () => {
    throw new Error('the store is on fire');
  },
};
let waiting: Promise<void> = Promise.resolve();
const slow: Command = {
  name: 'slow',
  description: 'Answers when released',
  options: [],
  examples: ['/slow'],
  run: async () => {
    await waiting;
    return { blocks: [text('Done at last.')], visibility: 'ephemeral' };
  },
};

describe.each<Mode>(['socket', 'http'])('Slack guards in %s mode', (mode) => {
  let slack: SlackHarness;

  beforeAll(async () => {
    const deps = platformDeps({ secrets: Object.values(SECRETS) });
    const dispatcher = new Dispatcher({ knowledge: deps.knowledge, commands: [...commands, boom, slow], logger: deps.logger, rateLimiter: new RateLimiter(3) });
    slack = await SlackHarness.start(mode, { ...deps, dispatcher });
  });
  afterAll(() => slack.stop());

  it('acknowledges before the answer is ready (Slack’s 3-second rule)', async () => {
    waiting = gate();
    const pending = slack.sendCommand('slow', '', { id: 'U_SLOW', name: 'slow' });
    await pending.ack;
    expect(slack.responses.responses.some((r) => r.body.text === 'Done at last.')).toBe(false);
    release();
    expect(texts((await pending.response).body)).toEqual(['Done at last.']);
  });

  it('the fourth command in a minute gets a polite slow-down, not silence', async () => {
    const user = { id: 'U_EAGER', name: 'eager' };
    for (let i = 0; i < 3; i++) expect(headerText((await slack.command('help', '', user)).response.body)).toBe(HELP);
    const { body } = (await slack.command('help', '', user)).response;
    expect(body.response_type).toBe('ephemeral');
    expect(texts(body)[0]).toMatch(/^You’re sending commands faster than I can keep up with\. Please wait \d+ seconds? and try again\.$/);
    // Someone else is not held up by it.
    expect(headerText((await slack.command('help', '', { id: 'U_CALM', name: 'calm' })).response.body)).toBe(HELP);
  });

  it('a command that throws: an apology with an error id, the same id in the log, no secret anywhere', async () => {
    const user = { id: 'U_UNLUCKY', name: 'unlucky' };
    const { body } = (await slack.command('boom', '', user)).response;
    expect(texts(body)[0]).toBe('❌ Sorry — something went wrong while answering /boom.');
    const errorId = /error id ([0-9a-f]{8})\.$/.exec(texts(body)[1] ?? '')?.[1];
    expect(errorId).toBeDefined();
    const failure = slack.log.lines.find((line) => line.level === 50 && line.errorId === errorId);
    expect(failure).toMatchObject({ msg: 'command failed', command: 'boom', user: 'U_UNLUCKY', err: { message: 'the store is on fire' } });
    // The bot keeps answering.
    expect(texts((await slack.command('ask', 'what is JUCIP', user)).response.body)[0]).toContain('JUCIP');
    const log = slack.log.raw.join('\n');
    for (const secret of Object.values(SECRETS)) expect(log).not.toContain(secret);
    // Nothing even tried to log one: the redactor had nothing to do.
    expect(log).not.toContain('[redacted]');
  });

  it('a mention whose command throws: the apology with its error id, in the thread, to the asker alone', async () => {
    const chat = new SlackConversations(slack);
    const sent = await chat.mention('boom', { user: { id: 'U_THREAD_UNLUCKY', name: 'unlucky' } });
    const ephemeral = () => slack.api.callsOf('chat.postEphemeral').filter((call) => call.params.user === 'U_THREAD_UNLUCKY');
    await vi.waitFor(() => expect(ephemeral()).toHaveLength(1), { timeout: 15_000 });
    const params = ephemeral()[0]!.params;
    expect(params).toMatchObject({ channel: 'C_GENERAL', thread_ts: sent.ts });
    const post = { blocks: JSON.parse(params.blocks!) as Parameters<typeof texts>[0]['blocks'] };
    expect(chat.postsIn('C_GENERAL', sent.ts)).toEqual([]);
    expect(texts(post)[0]).toBe('❌ Sorry — something went wrong while answering /boom.');
    const errorId = /error id ([0-9a-f]{8})\.$/.exec(texts(post)[1] ?? '')?.[1];
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ level: 50, msg: 'command failed', errorId, command: 'boom', user: 'U_THREAD_UNLUCKY' }));
  });

  it('mentions count against the same rate limit: the fourth in a minute gets the slow-down in its thread', async () => {
    const chat = new SlackConversations(slack);
    const user = { id: 'U_CHATTY', name: 'chatty' };
    for (let i = 0; i < 3; i++) expect(headerText(await (await chat.mention('', { user })).answer())).toBe(HELP);
    // A direct message is the same person: it counts too.
    const post = await (await chat.direct('what is JUCIP', { user })).answer();
    expect(texts(post)[0]).toMatch(/^You’re sending commands faster than I can keep up with\. Please wait \d+ seconds? and try again\.$/);
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ msg: 'rate limited', platform: 'slack', user: 'U_CHATTY' }));
  });

  it('a mention is acknowledged before its answer is ready', async () => {
    waiting = gate();
    const chat = new SlackConversations(slack);
    const sent = await chat.mention('slow', { user: { id: 'U_SLOW_MENTION', name: 'slow' } });
    expect(chat.postsIn('C_GENERAL', sent.ts)).toEqual([]);
    release();
    expect(texts(await sent.answer())).toEqual(['Done at last.']);
  });

  it('a reply Slack does not take is logged as an error, and the bot carries on', async () => {
    slack.responses.refuse = true;
    const pending = slack.sendCommand('help', '', { id: 'U_LATE', name: 'late' });
    await pending.ack;
    // vi.waitFor gives up after 1 s by default, which a busy machine can take; the test's own timeout bounds it instead.
    await vi.waitFor(() => expect(slack.log.lines.some((line) => line.level === 50 && line.msg === 'could not send the reply to Slack')).toBe(true), { timeout: 15_000 });
    const failure = slack.log.lines.find((line) => line.msg === 'could not send the reply to Slack');
    expect(failure).toMatchObject({ platform: 'slack', command: 'help', user: 'U_LATE' });
    slack.responses.refuse = false;
    expect(headerText((await slack.command('help', '', { id: 'U_LATE', name: 'late' })).response.body)).toBe(HELP);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { Dispatcher, type CommandRequest } from '../../src/dispatch/dispatcher.js';
import { plainText } from '../../src/present/build.js';
import type { Reply } from '../../src/present/types.js';
import { realKnowledge } from '../support/corpus.js';
import { recordingLogger } from '../schedule/fakes.js';
import { tempStores } from '../store/temp-store.js';

const stores = tempStores();
afterAll(() => stores.cleanup());

let clock = new Date('2026-11-02T10:00:00Z');

function dispatcher(store = stores.open()) {
  const logger = recordingLogger();
  const made = new Dispatcher({ knowledge: realKnowledge(), commands, logger, feedback: store.feedback, conversations: store.conversations, now: () => clock });
  return { dispatcher: made, store, logger };
}

const request = (input: CommandRequest['input'], overrides: Partial<CommandRequest> = {}): CommandRequest => ({
  platform: 'slack',
  name: 'ask',
  input,
  user: { id: 'U1', name: 'alice' },
  channelId: 'C1',
  isAdmin: async () => false,
  ...overrides,
});

const vote = (reply: Reply, id: 'good' | 'bad') => reply.buttons!.find((b) => b.id === id)!;
const firstCitation = (reply: Reply) => reply.blocks.find((b) => b.type === 'excerpt');

describe('👍 and 👎', () => {
  it('are on every answer, and a press records the question, the passages shown with their ranks, the platform and a hashed user', async () => {
    const { dispatcher: d, store } = dispatcher();
    const answer = (await d.handle(request({ kind: 'text', text: 'what is JUCIP' }))).reply;
    const bad = vote(answer, 'bad');
    const pressed = await d.handle(request({ kind: 'button', args: bad.args }, { name: bad.command }));
    expect(plainText(pressed.reply)).toMatch(/Thanks/);
    expect(pressed.reply.visibility).toBe('ephemeral');
    const [record] = (await store.feedback.list()).filter((r) => r.question === 'what is JUCIP');
    expect(record).toMatchObject({ vote: 'bad', platform: 'slack' });
    const shownIds = answer.blocks.filter((b) => b.type === 'excerpt').length;
    expect(record!.shown.map((s) => s.rank)).toEqual(Array.from({ length: shownIds }, (_, i) => i + 1));
    expect(record!.shown[0]!.passage).toMatch(/\.md#\d+$/);
  });

  it('a second vote by the same person replaces the first; another person’s vote is their own', async () => {
    const { dispatcher: d, store } = dispatcher();
    const answer = (await d.handle(request({ kind: 'text', text: 'export controls on chips' }))).reply;
    await d.handle(request({ kind: 'button', args: vote(answer, 'good').args }, { name: 'vote' }));
    const again = await d.handle(request({ kind: 'button', args: vote(answer, 'bad').args }, { name: 'vote' }));
    expect(plainText(again.reply)).toMatch(/replaced by 👎/);
    await d.handle(request({ kind: 'button', args: vote(answer, 'good').args }, { name: 'vote', user: { id: 'U2', name: 'bob' } }));
    const votes = (await store.feedback.list()).filter((r) => r.question === 'export controls on chips');
    expect(votes.map((r) => r.vote).sort()).toEqual(['bad', 'good']);
  });

  it('a vote on "nothing matches" is kept too, with no passages; a forged vote is a stale button, not a crash', async () => {
    const { dispatcher: d, store } = dispatcher();
    const none = (await d.handle(request({ kind: 'text', text: 'zzzqqq xxyyzz' }))).reply;
    await d.handle(request({ kind: 'button', args: vote(none, 'bad').args }, { name: 'vote' }));
    expect((await store.feedback.list()).find((r) => r.question === 'zzzqqq xxyyzz')?.shown).toEqual([]);
    const forged = await d.handle(request({ kind: 'button', args: { vote: 'meh', question: 'x', shown: '', first: 1 } }, { name: 'vote' }));
    expect(plainText(forged.reply)).toMatch(/no longer works/);
  });

  it('without a store, a vote says where votes are kept', async () => {
    const d = new Dispatcher({ knowledge: realKnowledge(), commands, logger: recordingLogger() });
    const answer = (await d.handle(request({ kind: 'text', text: 'what is JUCIP' }))).reply;
    const pressed = await d.handle(request({ kind: 'button', args: vote(answer, 'good').args }, { name: 'vote' }));
    expect(plainText(pressed.reply)).toMatch(/Votes are kept only where briefbot runs with its database/);
  });
});

describe('follow-ups in a thread or DM', () => {
  const inThread = (text: string, conversationId = 'C1:1000.1') => request({ kind: 'text', text }, { conversationId });

  it('a short question with no topic of its own is read with the earlier one, and says so', async () => {
    const { dispatcher: d } = dispatcher();
    await d.handle(inThread('what is JUCIP'));
    const followUp = (await d.handle(inThread('when was it launched'))).reply;
    expect(plainText(followUp)).toMatch(/Read with your earlier question: what is JUCIP/);
    const alone = (await d.handle(request({ kind: 'text', text: 'when was it launched' }))).reply;
    expect(plainText(alone)).not.toMatch(/Read with/);
    // Read with JUCIP, the answer is about JUCIP; on its own it is not.
    expect(JSON.stringify(firstCitation(followUp))).toMatch(/JUCIP|Commercial and Industrial/);
    expect(plainText(alone)).not.toBe(plainText(followUp));
  });

  it('More on a follow-up keeps reading it with the earlier question', async () => {
    const { dispatcher: d } = dispatcher();
    await d.handle(inThread('what is JUCIP', 'D42'));
    const followUp = (await d.handle(inThread('who leads it', 'D42'))).reply;
    const more = followUp.buttons?.find((b) => b.id === 'more');
    expect(more?.args).toMatchObject({ question: 'who leads it', with: 'what is JUCIP' });
  });

  it('a question with a topic of its own starts afresh, and the memory survives a restart but not a day', async () => {
    const { dispatcher: d, store } = dispatcher();
    await d.handle(inThread('what is JUCIP', 'T9'));
    await d.handle(inThread('what is the EPCC', 'T9'));
    const restarted = dispatcher(stores.open()).dispatcher;
    expect(plainText((await restarted.handle(inThread('who attended it', 'T9'))).reply)).toMatch(/Read with your earlier question: what is the EPCC/);
    clock = new Date(clock.getTime() + 25 * 3_600_000);
    expect(plainText((await restarted.handle(inThread('who attended it', 'T9'))).reply)).not.toMatch(/Read with/);
    store.close();
  });

  it('a store that fails is logged and the question is read on its own', async () => {
    const logger = recordingLogger();
    const broken = {
      earlier: () => Promise.reject(new Error('disk gone')),
      remember: () => Promise.reject(new Error('disk gone')),
    };
    const d = new Dispatcher({ knowledge: realKnowledge(), commands, logger, conversations: broken });
    const reply = (await d.handle(inThread('when was it launched'))).reply;
    expect(reply.blocks.some((b) => b.type === 'excerpt')).toBe(true);
    expect(JSON.stringify(logger.entries)).toMatch(/could not read the conversation/);
  });
});

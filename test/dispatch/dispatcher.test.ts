import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command } from '../../src/dispatch/types.js';
import { plainText } from '../../src/present/build.js';
import { Dispatcher } from '../../src/dispatch/dispatcher.js';
import type { CommandRequest } from '../../src/dispatch/dispatcher.js';
import { RateLimiter } from '../../src/dispatch/rate-limit.js';
import { realKnowledge } from '../support/corpus.js';
import { recordingLogger } from '../schedule/fakes.js';
import { tempStores } from '../store/temp-store.js';
import { digestServices } from '../../src/start.js';
import { failingCommand } from '../support/failing-command.js';

const boom = failingCommand;

const stores = tempStores();
afterAll(() => stores.cleanup());

function dispatcher(options: { limit?: number; extra?: Command[] } = {}) {
  const logger = recordingLogger();
  const knowledge = realKnowledge();
  const made = new Dispatcher({
    knowledge,
    services: digestServices(knowledge, stores.open()),
    commands: [...commands, ...(options.extra ?? [])],
    logger,
    rateLimiter: new RateLimiter(options.limit ?? 100),
  });
  return { dispatcher: made, logger };
}

const request = (name: string, input: CommandRequest['input'], overrides: Partial<CommandRequest> = {}): CommandRequest => ({
  platform: 'slack',
  name,
  input,
  user: { id: 'U1', name: 'alice' },
  channelId: 'C1',
  isAdmin: async () => false,
  adminRule: 'workspace admins and owners',
  ...overrides,
});

describe('Dispatcher', () => {
  it('answers typed text, typed values and button args alike, with Share on a shareable answer', async () => {
    const { dispatcher: d } = dispatcher();
    const typed = await d.handle(request('ask', { kind: 'text', text: 'what is JUCIP' }));
    const values = await d.handle(request('ask', { kind: 'values', values: { question: 'what is JUCIP' } }));
    expect(plainText(values.reply)).toBe(plainText(typed.reply));
    expect(typed.reply.blocks[0]?.type).toBe('excerpt');
    expect(typed.buttons.map((b) => b.label)).toEqual(['More results', '👍', '👎', 'Share in channel']);
    expect(typed.buttons[3]!.action).toEqual({ command: 'ask', args: { question: 'what is JUCIP' }, share: true });
    const more = await d.handle(request('ask', { kind: 'button', args: typed.buttons[0]!.action.args }));
    expect(more.reply.blocks[0]?.type).toBe('excerpt');
    expect(plainText(more.reply)).not.toBe(plainText(typed.reply));
  });

  it('gives a usage hint for bad options instead of running the command', async () => {
    const { dispatcher: d } = dispatcher();
    const reply = (await d.handle(request('digest', { kind: 'text', text: 'explode now' }))).reply;
    expect(plainText(reply)).toMatch(/"explode" is not one of: subscribe, unsubscribe, status, preview[\s\S]*Usage: \/digest/);
    const none = (await d.handle(request('ask', { kind: 'values', values: {} }))).reply;
    expect(plainText(none)).toContain('/ask needs your question');
  });

  it('looks the admin right up only for commands that check it', async () => {
    const { dispatcher: d } = dispatcher();
    let lookups = 0;
    const isAdmin = async () => {
      lookups++;
      return false;
    };
    await d.handle(request('help', { kind: 'text', text: '' }, { isAdmin }));
    expect(lookups).toBe(0);
    const refused = await d.handle(request('digest', { kind: 'text', text: 'unsubscribe' }, { isAdmin }));
    expect(lookups).toBe(1);
    expect(plainText(refused.reply)).toContain('Only workspace admins and owners can change this channel’s digest subscription');
  });

  it('asks a user over the limit to slow down, and logs it', async () => {
    const { dispatcher: d, logger } = dispatcher({ limit: 2 });
    await d.handle(request('help', { kind: 'text', text: '' }));
    await d.handle(request('help', { kind: 'text', text: '' }));
    const third = await d.handle(request('help', { kind: 'text', text: '' }));
    expect(plainText(third.reply)).toMatch(/faster than I can keep up with\. Please wait \d+ seconds? and try again/);
    expect(third.buttons).toEqual([]);
    const other = await d.handle(request('help', { kind: 'text', text: '' }, { user: { id: 'U2', name: 'bob' } }));
    expect(plainText(other.reply)).toContain('/ask');
    expect(logger.entries.some((e) => e.level === 'warn' && e.message === 'rate limited' && e.fields.user === 'U1')).toBe(true);
  });

  it('turns a thrown command into an apology whose error id is in the log with the details', async () => {
    const { dispatcher: d, logger } = dispatcher({ extra: [boom] });
    const result = await d.handle(request('boom', { kind: 'text', text: '' }));
    expect(result.errorId).toMatch(/^[0-9a-f]{8}$/);
    expect(plainText(result.reply)).toContain(`error id ${result.errorId}`);
    expect(plainText(result.reply)).not.toContain('disk on fire');
    const logged = logger.entries.find((e) => e.level === 'error');
    expect(logged?.fields).toMatchObject({ errorId: result.errorId, command: 'boom', user: 'U1' });
    expect((logged?.fields.err as Error).message).toBe('disk on fire');
    // The next command is answered as usual.
    expect(plainText((await d.handle(request('help', { kind: 'text', text: '' }))).reply)).toContain('/ask');
  });

  it('answers an unknown command name with a pointer to /help', async () => {
    const { dispatcher: d } = dispatcher();
    expect(plainText((await d.handle(request('asq', { kind: 'text', text: 'x' }))).reply)).toContain('Did you mean /ask?');
  });
});

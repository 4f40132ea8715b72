import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { Dispatcher, type CommandRequest, type CommandResult } from '../../src/dispatch/dispatcher.js';
import { parseCommandText } from '../../src/dispatch/parse-text.js';
import type { Command, OptionValues } from '../../src/dispatch/types.js';
import { plainText } from '../../src/present/build.js';
import { digestServices } from '../../src/start.js';
import { recordingLogger } from '../schedule/fakes.js';
import { tempStores } from '../store/temp-store.js';
import { realKnowledge } from '../support/corpus.js';

/**
 * Words every JavaScript object answers to. User text looked up in a plain object ({}[word])
 * finds Object.prototype's members instead of nothing: "constructor" once made /ask throw.
 */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__'];
const casings = (name: string) => [name, name.toLowerCase(), name.toUpperCase(), `${name}s`, `${name}.`];

const stores = tempStores();
afterAll(() => stores.cleanup());

const knowledge = realKnowledge();
const dispatcher = new Dispatcher({ knowledge, services: digestServices(knowledge, stores.open()), commands, logger: recordingLogger() });

const request = (name: string, input: CommandRequest['input']): CommandRequest => ({
  platform: 'slack',
  name,
  input,
  user: { id: 'U1', name: 'alice' },
  channelId: 'C1',
  isAdmin: async () => true,
});

/** The options of a command's own examples: a real use, into which one option is replaced. */
function exampleOptions(command: Command): OptionValues[] {
  return command.examples.flatMap((example) => {
    const parsed = parseCommandText(command, example.replace(/^\/\S+\s*/, ''));
    return parsed.ok ? [parsed.options] : [];
  });
}

function expectAnswered(result: CommandResult, what: string): void {
  expect(result.errorId, `${what}: ${plainText(result.reply)}`).toBeUndefined();
}

describe('user text that names a member of Object.prototype', () => {
  it('is an ordinary word to every command and option, typed or given as values', async () => {
    for (const command of commands) {
      for (const name of PROTOTYPE_NAMES) {
        for (const word of [name, name.toLowerCase()]) {
          expectAnswered(await dispatcher.handle(request(command.name, { kind: 'text', text: word })), `/${command.name} ${word}`);
        }
        for (const base of [{}, ...exampleOptions(command)]) {
          for (const option of command.options) {
            const values = { ...base, [option.name]: name };
            expectAnswered(await dispatcher.handle(request(command.name, { kind: 'values', values })), `/${command.name} ${JSON.stringify(values)}`);
          }
        }
      }
    }
  });

  it('is an ordinary word anywhere in a command’s typed text (property)', async () => {
    const words = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES.flatMap(casings)), fc.constantFrom('what', 'is', 'JUCIP', '2023', 'Asia/Tokyo', '08:30', 'subscribe', 'page', '2', 'nov', 'chips'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...commands), fc.array(words, { minLength: 1, maxLength: 6 }), async (command, typed) => {
        const text = typed.join(' ');
        expectAnswered(await dispatcher.handle(request(command.name, { kind: 'text', text })), `/${command.name} ${text}`);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command, OptionSpec } from '../../src/dispatch/types.js';
import { validateCommands } from '../../src/dispatch/validate.js';

const option = (overrides: Partial<OptionSpec> = {}): OptionSpec => ({ name: 'term', description: 'A term', type: 'string', ...overrides });

const command = (overrides: Partial<Command> = {}): Command => ({
  name: 'look',
  description: 'Look something up',
  options: [option()],
  examples: ['/look METI'],
  run: () => ({ blocks: [] }),
  ...overrides,
});

describe('validateCommands', () => {
  it('accepts the registry as it is', () => {
    expect(validateCommands(commands)).toBe(commands);
  });

  it.each([
    ['a name with capitals', [command({ name: 'Look' })], 'command /Look: its name must be lower-case letters, digits and dashes, at most 32'],
    ['a name over 32 characters', [command({ name: `l${'o'.repeat(32)}` })], 'its name must be lower-case'],
    ['the same name twice', [command(), command()], 'command /look: defined twice'],
    ['an example for another command', [command({ examples: ['/find METI'] })], 'command /look: the example "/find METI" does not start with /look'],
    ['an example that only begins with the name', [command({ examples: ['/looking'] })], 'the example "/looking" does not start with /look'],
    ['two options with one name', [command({ options: [option(), option()] })], 'command /look, option "term": another option has the same name'],
    ['an option name with a space', [command({ options: [option({ name: 'a term' })] })], 'option "a term": its name must be lower-case'],
    ['an unknown option type', [command({ options: [option({ type: 'boolean' as OptionSpec['type'] })] })], 'option "term": its type "boolean" is not one of string, integer'],
    [
      'a rest option before another typed option',
      [command({ options: [option({ rest: true }), option({ name: 'page', type: 'integer' })] })],
      'option "term": only the last option the user types may take the rest of the text',
    ],
    [
      'a required option after an optional one',
      [command({ options: [option(), option({ name: 'zone', required: true })] })],
      'option "zone": a required option must come before the optional ones',
    ],
    ['min above max', [command({ options: [option({ name: 'days', type: 'integer', min: 10, max: 1 })] })], 'option "days": its min 10 is above its max 1'],
    ['a default out of range', [command({ options: [option({ name: 'days', type: 'integer', min: 1, max: 9, default: 10 })] })], 'option "days": its default 10 is not a value it accepts'],
    ['autocomplete on a number', [command({ options: [option({ name: 'days', type: 'integer', autocomplete: 'glossary' })] })], 'only a string option without choices can be completed'],
    ['a required hidden option', [command({ options: [option({ hidden: true, required: true })] })], 'a hidden option is set by buttons only, so it cannot be required'],
  ])('refuses %s, naming the command and option', (_what, defined, message) => {
    expect(() => validateCommands(defined)).toThrow(message);
  });

  it('lets a hidden option follow the rest option: buttons set it, nobody types it', () => {
    const defined = [command({ options: [option({ rest: true, required: true }), option({ name: 'offset', type: 'integer', hidden: true })] })];
    expect(validateCommands(defined)).toBe(defined);
  });
});

import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import type { Command } from '../../../src/dispatch/types.js';
import { discordCommandData, discordRegistrationBody } from '../../../src/platforms/discord/command-data.js';
import { MESSAGE_MENU, menuText, messageMenuData } from '../../../src/platforms/discord/message-menu.js';

const data = discordCommandData(commands);
const byName = (name: string) => data.find((command) => command.name === name)!;

describe('discordCommandData', () => {
  it('registers every command, in the registry’s order, within Discord’s limits', () => {
    expect(data.map((command) => command.name)).toEqual(commands.map((command) => command.name));
    for (const command of data) {
      expect(command.type).toBe(1);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const option of command.options ?? []) expect(option.description.length).toBeLessThanOrEqual(100);
      // /digest status and preview are for everyone: the change itself is checked when it runs.
      expect(command).not.toHaveProperty('default_member_permissions');
    }
  });

  it('never registers the options only buttons set', () => {
    const names = data.flatMap((command) => (command.options ?? []).map((option) => `${command.name}.${option.name}`));
    expect(names).toEqual(['ask.question', 'acronym.term', 'upcoming.days', 'upcoming.zone', 'timeline.query', 'digest.action', 'digest.settings']);
  });

  it('carries types, limits and choices over, with autocomplete on /acronym’s term', () => {
    expect(byName('ask').options).toEqual([{ type: 3, name: 'question', description: 'Your question, in plain words', required: true }]);
    expect(byName('acronym').options![0]).toMatchObject({ type: 3, name: 'term', required: false, max_length: 200, autocomplete: true });
    expect(byName('upcoming').options![0]).toMatchObject({ type: 4, name: 'days', min_value: 1, max_value: 90 });
    expect(byName('digest').options![0]).toEqual({
      type: 3,
      name: 'action',
      description: 'subscribe, unsubscribe, status or preview',
      required: false,
      choices: ['subscribe', 'unsubscribe', 'status', 'preview'].map((action) => ({ name: action, value: action })),
    });
    expect(byName('help').options).toEqual([]);
  });

  it('puts required options before optional ones, as Discord demands, and shortens long descriptions', () => {
    const command: Command = {
      name: 'pair',
      description: `A description that goes on ${'and on '.repeat(20)}`,
      examples: [],
      options: [
        { name: 'later', description: 'd', type: 'string' },
        { name: 'first', description: 'd', type: 'integer', required: true },
      ],
      run: () => ({ blocks: [] }),
    };
    const [pair] = discordCommandData([command]);
    expect(pair!.options!.map((option) => option.name)).toEqual(['first', 'later']);
    expect(pair!.description.length).toBeLessThanOrEqual(100);
    expect(pair!.description).toMatch(/^A description that goes on (and on )+(and|and on)?…$/);
  });

  it('offers autocomplete where an option declares it, and nowhere else', () => {
    const command: Command = {
      name: 'explain',
      description: 'Explain',
      examples: [],
      options: [
        { name: 'word', description: 'd', type: 'string', autocomplete: 'glossary' },
        { name: 'note', description: 'd', type: 'string' },
      ],
      run: () => ({ blocks: [] }),
    };
    const [explain] = discordCommandData([command]);
    expect(explain!.options!.map((option) => 'autocomplete' in option)).toEqual([true, false]);
    const completed = data.flatMap((c) => (c.options ?? []).filter((option) => 'autocomplete' in option).map((option) => `${c.name} ${option.name}`));
    expect(completed).toEqual(['acronym term']);
  });
});

describe('the message context-menu commands in the registration', () => {
  it('come after the slash commands: "Ask briefbot", type 3, a name only (Discord refuses a description or options on it)', () => {
    const body = discordRegistrationBody(commands);
    expect(body.slice(0, data.length)).toEqual(data);
    expect(body.slice(data.length)).toEqual([{ type: 3, name: 'Ask briefbot' }]);
  });

  it('are derived from the declaration and the registry: an entry whose command or option is missing is not registered', () => {
    const entry = MESSAGE_MENU[0]!;
    expect(entry).toMatchObject({ command: 'ask', option: 'question', maxChars: 1000 });
    expect(messageMenuData(commands.filter((command) => command.name !== 'ask'))).toEqual([]);
    const renamed = [{ ...commands.find((command) => command.name === 'ask')!, options: [] }];
    expect(messageMenuData(renamed)).toEqual([]);
    expect(messageMenuData(commands, [{ ...entry, name: 'Explain this' }, { ...entry, name: 'Ask briefbot' }])).toEqual([
      { type: 3, name: 'Explain this' },
      { type: 3, name: 'Ask briefbot' },
    ]);
  });

  it('have names Discord takes: 1–32 characters, each one once', () => {
    for (const { name } of MESSAGE_MENU) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(32);
    }
    expect(new Set(MESSAGE_MENU.map((entry) => entry.name)).size).toBe(MESSAGE_MENU.length);
  });

  it('take the message’s words without mentions, cut to the entry’s length', () => {
    const entry = MESSAGE_MENU[0]!;
    expect(menuText('<@900000000000000002> <@!1> <@&2> <#3> @here  what   is\nJUCIP', entry)).toBe('what is JUCIP');
    expect(menuText('<@1>', entry)).toBe('');
    expect(menuText('word '.repeat(400), entry)).toHaveLength(1000);
  });
});

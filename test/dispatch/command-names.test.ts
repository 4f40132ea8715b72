import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { commandNames, PLAIN_NAMES } from '../../src/dispatch/command-names.js';
import { Dispatcher } from '../../src/dispatch/dispatcher.js';
import { commandFromMessage } from '../../src/dispatch/message-text.js';
import { plainText } from '../../src/present/build.js';
import { realKnowledge } from '../support/corpus.js';
import { recordingLogger } from '../schedule/fakes.js';

const brief = commandNames('brief', commands);

describe('command names with BRIEFBOT_COMMAND_PREFIX', () => {
  it('declares every command as /<prefix>-<name>, examples included, and maps either form back', () => {
    const declared = brief.declared(commands);
    expect(declared.map((c) => c.name)).toEqual(commands.map((c) => `brief-${c.name}`));
    expect(declared.find((c) => c.name === 'brief-ask')?.examples[0]).toBe('/brief-ask what is JUCIP');
    expect(brief.own('brief-ask')).toBe('ask');
    expect(brief.own('/Brief-Acronym')).toBe('acronym');
    expect(brief.own('ask')).toBe('ask');
    expect(declared.every((c) => c.name.length <= 32)).toBe(true);
  });

  it('renames commands in hints but not words that merely look like them', () => {
    expect(brief.inText('Type /help for the list, or /acronym alone.')).toBe('Type /brief-help for the list, or /brief-acronym alone.');
    expect(brief.inText('see /asking and a/b/help and /brief-help')).toBe('see /asking and a/b/help and /brief-help');
    expect(PLAIN_NAMES.inText('Type /help')).toBe('Type /help');
  });

  it('the dispatcher answers a prefixed name on Slack, naming commands as typed there; the terminal keeps plain names', async () => {
    const d = new Dispatcher({ knowledge: realKnowledge(), commands, logger: recordingLogger(), names: brief });
    const base = { user: { id: 'U1', name: 'a' }, channelId: 'C1', isAdmin: async () => false };
    const help = await d.handle({ ...base, platform: 'slack', name: 'brief-help', input: { kind: 'text', text: '' } });
    expect(plainText(help.reply)).toMatch(/\/brief-ask <question>/);
    expect(plainText(help.reply)).not.toMatch(/(^|\s)\/ask\b/m);
    const usage = await d.handle({ ...base, platform: 'discord', name: 'brief-upcoming', input: { kind: 'text', text: 'lots' } });
    expect(plainText(usage.reply)).toMatch(/\/brief-upcoming/);
    const terminal = await d.handle({ ...base, platform: 'terminal', name: 'help', input: { kind: 'text', text: '' } });
    expect(plainText(terminal.reply)).toMatch(/\/ask <question>/);
  });

  it('a message may name the command with or without the prefix', () => {
    expect(commandFromMessage('<@U1> brief-acronym JUCIP', commands, brief)).toEqual({ name: 'acronym', text: 'JUCIP' });
    expect(commandFromMessage('<@U1> acronym JUCIP', commands, brief)).toEqual({ name: 'acronym', text: 'JUCIP' });
  });
});

import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../src/dispatch/dispatcher.js';
import { apologyReply, slowDownReply } from '../../../src/present/notices.js';
import { ButtonIds } from '../../../src/platforms/discord/button-ids.js';
import { publicMessage, readOnInPublic } from '../../../src/platforms/discord/message.js';
import { threadName } from '../../../src/platforms/discord/messages.js';

const more = { id: 'more', label: 'More results', action: { command: 'ask', args: { question: 'jucip', offset: 3 } } };
const share = { label: 'Share in channel', action: { command: 'ask', args: { question: 'jucip' }, share: true } };
const answer: CommandResult = { reply: { title: 'From the papers: jucip', blocks: [], visibility: 'ephemeral', shareable: true }, buttons: [more, share] };

describe('Discord: answers given in public', () => {
  it('keep their own buttons and drop Share, which has nothing left to do', () => {
    const message = publicMessage(answer, new ButtonIds());
    expect(message.ephemeral).toBe(false);
    expect(message.components.flatMap((row) => row.components.map((button) => button.label))).toEqual(['More results']);
  });

  it('a page turned under them is public when it is an answer or a page with buttons; a notice for the presser is not', () => {
    expect(readOnInPublic(answer)).toBe(true);
    expect(readOnInPublic({ reply: { title: 'Glossary — page 2 of 3', blocks: [], visibility: 'ephemeral' }, buttons: [{ ...more, label: 'Next page' }] })).toBe(true);
    expect(readOnInPublic({ reply: slowDownReply(20_000), buttons: [] })).toBe(false);
    expect(readOnInPublic({ reply: apologyReply('ask', 'abcd1234'), buttons: [], errorId: 'abcd1234' })).toBe(false);
    expect(readOnInPublic({ reply: { blocks: [], visibility: 'ephemeral' }, buttons: [share] })).toBe(false);
  });
});

describe('Discord: the name of the thread started on a mention', () => {
  it('is the words asked, without mentions, on one line', () => {
    expect(threadName('<@900000000000000002> what is\nJUCIP <@&123> @everyone')).toBe('what is JUCIP');
  });

  it('fits Discord’s 100 characters, and is never empty', () => {
    const name = threadName(`<@1> ${'semiconductor export controls '.repeat(10)}`);
    expect(name).toHaveLength(100);
    expect(name.endsWith('…')).toBe(true);
    expect(threadName('<@900000000000000002>')).toBe('briefbot');
  });
});

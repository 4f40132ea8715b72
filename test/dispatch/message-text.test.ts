import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { commandFromMessage, withoutMentions } from '../../src/dispatch/message-text.js';

describe('a chat message addressed to the bot', () => {
  it('is a question for /ask, without the mentions that addressed it', () => {
    expect(commandFromMessage('<@U0BOT> what is JUCIP', commands)).toEqual({ name: 'ask', text: 'what is JUCIP' });
    expect(commandFromMessage('<@123456789012345678> who blocked the Nippon Steel deal?', commands)).toEqual({
      name: 'ask',
      text: 'who blocked the Nippon Steel deal?',
    });
  });

  it('may start with a command, with or without the slash', () => {
    expect(commandFromMessage('<@U0BOT> acronym JUCIP', commands)).toEqual({ name: 'acronym', text: 'JUCIP' });
    expect(commandFromMessage('/upcoming 30 Asia/Tokyo', commands)).toEqual({ name: 'upcoming', text: '30 Asia/Tokyo' });
    expect(commandFromMessage('Help', commands)).toEqual({ name: 'help', text: '' });
  });

  it('drops every kind of mention, so none reaches a command as words', () => {
    expect(withoutMentions('<!channel> <@U1|ann> see <#C1|general> and <!subteam^S1> <@&42> <@!7> @everyone @here what is METI')).toBe(
      'see and what is METI',
    );
    // An e-mail address is not a mention.
    expect(withoutMentions('write to team@example.org')).toBe('write to team@example.org');
  });

  it('is nothing at all when only mentions were written', () => {
    expect(commandFromMessage('<@U0BOT>', commands)).toBeNull();
    expect(commandFromMessage('  <@U0BOT>  <!here> ', commands)).toBeNull();
  });

  it('never keeps a mention, whatever surrounds it (property)', () => {
    const mention = fc.constantFrom('<@U0BOT>', '<!channel>', '<!here>', '<@123>', '<@!123>', '<@&9>', '<#C1|x>', '@everyone', '@here');
    const word = fc.stringMatching(/^[a-zA-Z0-9?]{1,8}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(mention, word), { maxLength: 12 }), (parts) => {
        const result = commandFromMessage(parts.join(' '), commands);
        const shown = result === null ? '' : `${result.name} ${result.text}`;
        expect(shown).not.toMatch(/<[@#!]|@everyone|@here/);
      }),
    );
  });
});

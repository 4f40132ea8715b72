import { describe, expect, it } from 'vitest';
import { addressedMessage, readableText } from '../../../src/platforms/slack/addressed-message.js';

const BOT = 'UBOT';
const mention = { type: 'app_mention', user: 'U_ALICE', channel: 'C_GENERAL', ts: '1700000000.000100', text: '<@UBOT> what is JUCIP', event_ts: '1700000000.000100' };
const dm = { type: 'message', channel_type: 'im', user: 'U_ALICE', channel: 'D_ALICE', ts: '1700000000.000200', text: 'acronym JUCIP', event_ts: '1700000000.000200' };

describe('a Slack message event addressed to the bot', () => {
  it('a mention at the top of a channel is answered in a new thread under it', () => {
    expect(addressedMessage(mention, BOT)).toEqual({ ok: true, message: { user: 'U_ALICE', channel: 'C_GENERAL', text: '<@UBOT> what is JUCIP', threadTs: '1700000000.000100' } });
  });

  it('a mention inside a thread is answered in that thread', () => {
    const result = addressedMessage({ ...mention, thread_ts: '1699999999.000001' }, BOT);
    expect(result).toMatchObject({ ok: true, message: { threadTs: '1699999999.000001' } });
  });

  it('a direct message is answered in the DM, in its thread only when it was written in one', () => {
    expect(addressedMessage(dm, BOT)).toEqual({ ok: true, message: { user: 'U_ALICE', channel: 'D_ALICE', text: 'acronym JUCIP' } });
    expect(addressedMessage({ ...dm, thread_ts: '1699999999.000001' }, BOT)).toMatchObject({ ok: true, message: { threadTs: '1699999999.000001' } });
  });

  it.each([
    ['the bot’s own message', { ...dm, user: BOT }, 'the bot’s own message'],
    ['the bot’s own mention of itself', { ...mention, user: BOT }, 'the bot’s own message'],
    ['another bot’s message', { ...dm, bot_id: 'B_OTHER' }, 'a message from a bot'],
    ['another bot’s mention', { ...mention, bot_id: 'B_OTHER', bot_profile: { id: 'B_OTHER' } }, 'a message from a bot'],
    ['a bot_message', { ...dm, subtype: 'bot_message', user: undefined }, 'a message with subtype bot_message'],
    ['an edit', { type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D_ALICE', ts: '1.2', message: { user: 'U_ALICE', text: 'x' } }, 'a message with subtype message_changed'],
    ['a deletion', { ...dm, subtype: 'message_deleted' }, 'a message with subtype message_deleted'],
    ['a join', { ...dm, subtype: 'channel_join' }, 'a message with subtype channel_join'],
    ['a mention edited in', { ...mention, edited: { user: 'U_ALICE', ts: '1.3' } }, 'an edited message'],
    ['a channel message (not a DM)', { ...dm, channel_type: 'channel' }, 'a message outside a direct message'],
    ['a message without a user', { ...dm, user: undefined }, 'a message without a user'],
    ['a message without a ts', { ...dm, ts: undefined }, 'a message without a channel or ts'],
    ['another event', { type: 'reaction_added', user: 'U_ALICE' }, 'an event of type reaction_added'],
  ])('ignores %s', (_name, event, reason) => {
    expect(addressedMessage(event, BOT)).toEqual({ ok: false, reason });
  });

  it('reads Slack’s markup back into what the person wrote: links by their label, entities decoded', () => {
    expect(readableText('R&amp;D in &lt;chips&gt; see <https://example.org/x|the report> and <https://example.org/y>')).toBe(
      'R&D in <chips> see the report and https://example.org/y',
    );
    // Mentions are left for commandFromMessage to remove.
    expect(readableText('<@UBOT> <#C1|general> <!here> hi')).toBe('<@UBOT> <#C1|general> <!here> hi');
  });
});

import { describe, expect, it } from 'vitest';
import { conversationOfButton, onEphemeral, postedMessageOfButton } from '../../../src/platforms/slack/button-place.js';

const message = (fields: Record<string, unknown>) => ({ type: 'message' as const, ts: '1700000000.000300', ...fields });

describe('where a pressed button’s answer goes', () => {
  it('a button on an answer in a thread: that thread', () => {
    const body = {
      container: { type: 'message', message_ts: '1700000000.000300', channel_id: 'C_GENERAL', is_ephemeral: false, thread_ts: '1700000000.000100' },
      message: message({ thread_ts: '1700000000.000100' }),
      channel: { id: 'C_GENERAL', name: 'general' },
    };
    expect(conversationOfButton(body)).toEqual({ channel: 'C_GENERAL', threadTs: '1700000000.000100' });
    // The message alone says so too.
    expect(conversationOfButton({ ...body, container: { type: 'message', message_ts: '1700000000.000300', channel_id: 'C_GENERAL', is_ephemeral: false } })).toEqual({
      channel: 'C_GENERAL',
      threadTs: '1700000000.000100',
    });
  });

  it('a button on an answer at the top of a DM: the DM', () => {
    const body = { container: { type: 'message', message_ts: '1700000000.000300', channel_id: 'D_ALICE', is_ephemeral: false }, message: message({}), channel: { id: 'D_ALICE', name: 'directmessage' } };
    expect(conversationOfButton(body)).toEqual({ channel: 'D_ALICE' });
  });

  it('a private answer, a top-level channel message (the digest, even with replies under it), or no container: the response_url', () => {
    expect(conversationOfButton({ container: { type: 'message', message_ts: '1.1', channel_id: 'C_GENERAL', is_ephemeral: true, thread_ts: '1.0' }, channel: { id: 'C_GENERAL', name: 'general' } })).toBeNull();
    expect(conversationOfButton({ container: { type: 'message', message_ts: '1700000000.000300', channel_id: 'C_GENERAL', is_ephemeral: false }, message: message({}) })).toBeNull();
    expect(conversationOfButton({ container: { type: 'message', message_ts: '1700000000.000300', channel_id: 'C_GENERAL', is_ephemeral: false }, message: message({ thread_ts: '1700000000.000300' }) })).toBeNull();
    expect(conversationOfButton({ container: { type: 'view', view_id: 'V1' } })).toBeNull();
    expect(conversationOfButton({ container: null as unknown as Record<string, unknown> })).toBeNull();
  });

  it('a page turned in place: the posted message to chat.update (thread or DM), or the private answer to replace', () => {
    const thread = {
      container: { type: 'message', message_ts: '1700000000.000300', channel_id: 'C_GENERAL', is_ephemeral: false, thread_ts: '1700000000.000100' },
      message: message({ thread_ts: '1700000000.000100' }),
      channel: { id: 'C_GENERAL', name: 'general' },
    };
    expect(postedMessageOfButton(thread)).toEqual({ channel: 'C_GENERAL', ts: '1700000000.000300' });
    expect(onEphemeral(thread)).toBe(false);
    const dm = { container: { type: 'message', message_ts: '1700000000.000400', channel_id: 'D_ALICE', is_ephemeral: false } };
    expect(postedMessageOfButton(dm)).toEqual({ channel: 'D_ALICE', ts: '1700000000.000400' });
    const ephemeral = { container: { type: 'message', message_ts: '1.1', channel_id: 'C_GENERAL', is_ephemeral: true } };
    expect(postedMessageOfButton(ephemeral)).toBeNull();
    expect(onEphemeral(ephemeral)).toBe(true);
    // The digest, at the top of a channel, is everyone's: neither updated nor replaced.
    const digest = { container: { type: 'message', message_ts: '1700000000.000300', channel_id: 'C_GENERAL', is_ephemeral: false }, message: message({}) };
    expect(postedMessageOfButton(digest)).toBeNull();
    expect(onEphemeral(digest)).toBe(false);
  });
});

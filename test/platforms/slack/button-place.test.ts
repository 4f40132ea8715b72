import { describe, expect, it } from 'vitest';
import { conversationOfButton } from '../../../src/platforms/slack/button-place.js';

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
});

import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction } from '../../src/dispatch/button-action.js';

describe('button actions', () => {
  it('round-trips a command, its options and the share flag compactly', () => {
    const action = { command: 'ask', args: { question: 'what is JUCIP', offset: 3 }, share: true };
    const encoded = encodeAction(action);
    expect(encoded).toBe('{"c":"ask","a":{"question":"what is JUCIP","offset":3},"s":1}');
    expect(decodeAction(encoded)).toEqual(action);
    expect(decodeAction(encodeAction({ command: 'acronym', args: { page: 2 } }))).toEqual({ command: 'acronym', args: { page: 2 } });
  });

  it('carries no mention syntax: "<", ">", "&" and "@" travel as JSON escapes and come back as typed', () => {
    const action = { command: 'ask', args: { question: '<!channel> <@U1> @everyone a & b' } };
    const encoded = encodeAction(action);
    expect(encoded).not.toMatch(/[<>&@]/);
    expect(decodeAction(encoded)).toEqual(action);
  });

  it('rejects what is not one of ours', () => {
    for (const value of ['', 'not json', '[]', '{"c":"ask"}', '{"c":"../x","a":{}}', '{"c":"ask","a":{"q":{"nested":1}}}', '{"c":"ask","a":{},"s":true}']) {
      expect(decodeAction(value), value).toBeNull();
    }
  });
});

import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactor } from '../../src/shared/log.js';

function capture(secrets: string[]) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level: 'info', secrets, destination }), lines };
}

describe('log', () => {
  it('writes one JSON object a line with the level and message', () => {
    const { logger, lines } = capture([]);
    logger.info({ command: 'ask' }, 'command answered');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, name: 'briefbot', command: 'ask', msg: 'command answered' });
  });

  it('never writes a configured secret, in a field, a message or an error stack', () => {
    const secret = 'my-signing-secret-0123456789';
    const { logger, lines } = capture([secret]);
    logger.error({ err: new Error(`bad request with ${secret}`), header: `v0=${secret}` }, `failed for ${secret}`);
    expect(lines.join('\n')).not.toContain(secret);
    expect(lines.join('\n')).toContain('[redacted]');
  });

  it('redacts anything shaped like a Slack or Discord token, configured or not', () => {
    const redact = redactor([]);
    const discord = `${'M'.repeat(26)}.GaBcDe.${'x'.repeat(38)}`;
    const line = `{"msg":"auth xoxb-1234-5678-abcdef xapp-1-A0-99-ff and ${discord}"}`;
    expect(redact(line)).toBe('{"msg":"auth [redacted] [redacted] and [redacted]"}');
  });
});

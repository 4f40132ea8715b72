import { Writable } from 'node:stream';
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/shared/log.js';
import { boltLogger } from '../../../src/platforms/slack/bolt-logger.js';

function capture(level: 'info' | 'debug' | 'silent') {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>));
      done();
    },
  });
  return { lines, logger: boltLogger(createLogger({ level, secrets: ['xoxb-secret-token-value'], destination })) };
}

describe('boltLogger', () => {
  it('writes Bolt’s console-style calls as pino lines, an Error as `err`', () => {
    const { lines, logger } = capture('info');
    logger.info('Now connected to Slack', { attempt: 1 });
    logger.error('Slack API error:', new Error('invalid_auth'));
    expect(lines[0]).toMatchObject({ level: 30, source: 'bolt', msg: 'Now connected to Slack { attempt: 1 }' });
    expect(lines[1]).toMatchObject({ level: 50, source: 'bolt', msg: 'Slack API error:', err: { message: 'invalid_auth' } });
  });

  it('follows LOG_LEVEL, and ignores Bolt’s request to change it', () => {
    const { lines, logger } = capture('info');
    expect(logger.getLevel()).toBe(LogLevel.INFO);
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('http request body: …');
    expect(lines).toEqual([]);
    expect(capture('debug').logger.getLevel()).toBe(LogLevel.DEBUG);
    expect(capture('silent').logger.getLevel()).toBe(LogLevel.ERROR);
  });

  it('keeps the redaction of the bot’s log', () => {
    const { lines, logger } = capture('info');
    logger.warn('token xoxb-secret-token-value was rejected');
    expect(JSON.stringify(lines)).not.toContain('xoxb-secret-token-value');
  });
});

import { inspect } from 'node:util';
import { LogLevel, type Logger } from '@slack/bolt';
import type { PinoLogger } from '../../shared/log.js';

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

/** Bolt logs like console.log (any values); pino wants fields, then one message. */
function write(logger: PinoLogger, level: 'debug' | 'info' | 'warn' | 'error', values: unknown[]): void {
  if (!logger.isLevelEnabled(level)) return;
  const err = values.find((value): value is Error => value instanceof Error);
  const words = values
    .filter((value) => value !== err)
    .map((value) => (typeof value === 'string' ? value : inspect(value, { depth: 4, breakLength: Infinity })));
  const message = words.join(' ') || err?.message || '(no message)';
  logger[level](err ? { source: 'bolt', err } : { source: 'bolt' }, message);
}

/**
 * Bolt's and the Socket Mode client's logging, into the bot's pino log (JSON lines, secrets
 * redacted by log.ts) instead of their own console logger. The level is the bot's LOG_LEVEL:
 * Bolt asks to set one at start, which is ignored so that LOG_LEVEL=debug reaches Bolt too.
 */
export function boltLogger(logger: PinoLogger): Logger {
  return {
    debug: (...values: unknown[]) => write(logger, 'debug', values),
    info: (...values: unknown[]) => write(logger, 'info', values),
    warn: (...values: unknown[]) => write(logger, 'warn', values),
    error: (...values: unknown[]) => write(logger, 'error', values),
    setLevel: () => {},
    getLevel: () => LEVELS[logger.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}

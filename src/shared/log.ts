import type { LogLevel } from './log-levels.js';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

export type { PinoLogger };

/** Token shapes redacted even when the value is not one of ours (a token echoed in an API error). */
const TOKEN_PATTERNS = [/xox[abposre]-[A-Za-z0-9-]+/g, /xapp-[A-Za-z0-9-]+/g, /[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}/g];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every secret (and anything shaped like a Slack or Discord token) in a finished log
 * line. It works on the serialized line, so no field, error message or stack can carry a token
 * past it. A secret also appears JSON-escaped (a backslash doubled), so both spellings go.
 */
export function redactor(secrets: readonly string[]): (line: string) => string {
  const values = secrets.filter((s) => s.length >= 8).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]);
  const patterns = [...new Set(values)].map((value) => new RegExp(escapeRegExp(value), 'g'));
  return (line) => [...patterns, ...TOKEN_PATTERNS].reduce((text, pattern) => text.replace(pattern, '[redacted]'), line);
}

export interface LogOptions {
  level: LogLevel;
  /** Values never to write: the configured tokens and signing secret. */
  secrets: readonly string[];
  /** Where the JSON lines go; stdout by default. */
  destination?: DestinationStream;
}

/** The running bot's log: pino JSON lines, one event a line, secrets redacted. */
export function createLogger(options: LogOptions): PinoLogger {
  const redact = redactor(options.secrets);
  return pino(
    {
      level: options.level,
      base: { name: 'briefbot' },
      hooks: { streamWrite: redact },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

import { ConfigError } from '../../config/error.js';

/**
 * Check DATABASE_URL before connecting: node-postgres would otherwise take a mistyped URL apart in
 * its own way and fail later with a message that names neither the variable nor the fix.
 */
export function checkDatabaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`DATABASE_URL: "${redactUrl(url)}" is not a URL. Give a PostgreSQL URL, e.g. postgres://briefbot:secret@db.internal:5432/briefbot, or unset it to use SQLite at DATABASE_PATH.`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL: "${redactUrl(url)}" is not a PostgreSQL URL (it starts "${parsed.protocol}"). Give postgres://user:password@host:5432/database, or unset it to use SQLite at DATABASE_PATH.`);
  }
  if (parsed.hostname === '' || parsed.pathname.replace(/^\//, '') === '') {
    throw new ConfigError(`DATABASE_URL: "${redactUrl(url)}" needs a host and a database name: postgres://user:password@host:5432/database.`);
  }
  return parsed;
}

/** The URL without its password, for logs and error messages (a log must never carry a secret). */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** DATABASE_URL selects PostgreSQL: a value that starts like a URL of that scheme. */
export const isPostgresUrl = (value: string): boolean => /^postgres(ql)?:\/\//i.test(value.trim());

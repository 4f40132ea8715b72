import { ConfigError } from '../../config/error.js';
import { StoreProblemError, type StoreProblem } from '../problems.js';

/** A Node system error or a PostgreSQL error: both carry a string `code` (errno name or SQLSTATE). */
const codeOf = (error: unknown): string => (error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '');

/** The connection could not be made or was lost: node-postgres says so in words, without a code. */
const LOST = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client was closed|Client has encountered a connection error/i;

const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * The store problem behind a node-postgres error, by SQLSTATE class
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html), or null for anything else (a
 * bug, a constraint): 08 connection exception, 57P01-03 the server shutting down or starting,
 * 53300 too many connections — all "unavailable", worth retrying; 40001/40P01 serialization
 * failure or deadlock — "busy"; 25006 read-only transaction (a standby); 53100 disk full.
 */
export function postgresProblem(error: unknown): StoreProblem | null {
  const code = codeOf(error);
  if (NETWORK.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code)) return 'unavailable';
  if (code === '40001' || code === '40P01' || code === '55P03') return 'busy';
  if (code === '25006') return 'read-only';
  if (code === '53100') return 'full';
  if (code === '' && error instanceof Error && LOST.test(error.message)) return 'unavailable';
  return null;
}

/** Errors the bot can answer with (src/store/problems.ts) become StoreProblemErrors; others pass unchanged. */
export function classified(error: unknown, where: string): unknown {
  const problem = postgresProblem(error);
  if (problem === null) return error;
  const cause = error instanceof Error ? error.message || codeOf(error) : String(error);
  return new StoreProblemError(problem, `the PostgreSQL database ${where} (DATABASE_URL) is ${problem === 'unavailable' ? 'unreachable' : problem}: ${cause}`, { cause: error });
}

/**
 * The error for a database that cannot be used at start-up, naming DATABASE_URL (without its
 * password) and the fix. Bad credentials, an unknown database or host, a server that is not
 * PostgreSQL are the operator's to fix: ConfigError, exit 78. A refused or timed-out connection may
 * pass by itself (the database still starting): a plain error, exit 1, so a supervisor retries.
 */
export function startError(where: string, error: unknown): Error {
  if (error instanceof ConfigError) return error;
  const code = codeOf(error);
  const cause = error instanceof Error ? error.message || code : String(error);
  const at = `briefbot store: cannot use the PostgreSQL database ${where} (DATABASE_URL)`;
  if (code === '28P01' || code === '28000') {
    return new ConfigError(`${at}: the server refused the user name or password (${cause}). Fix the user and password in DATABASE_URL.`, { cause: error });
  }
  if (code === '3D000') {
    return new ConfigError(`${at}: the database does not exist (${cause}). Create it (createdb, or CREATE DATABASE) or fix its name in DATABASE_URL.`, { cause: error });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new ConfigError(`${at}: its host name is unknown (${cause}). Fix the host in DATABASE_URL.`, { cause: error });
  }
  if (code === '42501') {
    return new ConfigError(`${at}: the user may not create the bot's tables (${cause}). Grant it CREATE on the database's schema, or use the database's owner in DATABASE_URL.`, { cause: error });
  }
  if (postgresProblem(error) === 'unavailable') {
    return new Error(`${at}: the server cannot be reached (${cause}). Check that PostgreSQL is running and accepts connections at that host and port, then start again.`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

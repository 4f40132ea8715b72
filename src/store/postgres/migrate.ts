import { ConfigError } from '../../config/error.js';
import type { Migration } from '../migrations/types.js';
import type { Connection } from './connection.js';

/** Any fixed number: the advisory lock that lets one replica migrate while the others wait. */
const MIGRATION_LOCK = 7_431_902_113;

/**
 * Apply the migrations the database has not seen, each recorded in `schema_migrations`, in one
 * transaction under an advisory lock: replicas starting together wait for the first, then find
 * nothing left to do. Returns the versions applied now.
 */
export async function migratePostgres(connection: Connection, migrations: readonly Migration[]): Promise<number[]> {
  return connection.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    const current = rows.at(-1)?.version ?? 0;
    if (current > migrations.length) {
      throw new ConfigError(
        `briefbot store: the PostgreSQL database ${connection.where} (DATABASE_URL) is at schema version ${current}, but this build knows only up to ${migrations.length}. ` +
          'Run a newer briefbot on every replica, or point DATABASE_URL at another database.',
      );
    }
    const applied: number[] = [];
    for (const migration of migrations.slice(current)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

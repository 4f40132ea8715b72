import type Database from 'better-sqlite3';
import { ConfigError } from '../config/error.js';
import type { Migration } from './migrations/types.js';

/** Versions must run 1, 2, 3…: a gap or a repeat is a mistake in the list, caught before touching the file. */
function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`briefbot store: migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

/**
 * Apply the migrations the database has not seen, each recorded in `schema_migrations`. One
 * IMMEDIATE transaction, so two instances starting on one file cannot both apply a migration.
 * Returns the versions applied now.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], path: string): number[] {
  checkOrder(migrations);
  const run = db.transaction((): number[] => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    const current = rows.at(-1)?.version ?? 0;
    if (current > migrations.length) {
      // The operator's to fix (run the right build, or another file): exit 78 like any configuration error.
      throw new ConfigError(
        `briefbot store: "${path}" is at schema version ${current}, but this build knows only up to ${migrations.length}. ` +
          'Run a newer briefbot, or point DATABASE_PATH at another file.',
      );
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const applied: number[] = [];
    for (const migration of migrations.slice(current)) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(migration.version);
    }
    return applied;
  });
  return run.immediate();
}

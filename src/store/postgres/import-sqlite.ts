import { existsSync } from 'node:fs';
import { ConfigError } from '../../config/error.js';
import { silentLogger, type Logger } from '../../shared/logger.js';
import { openDatabase } from '../database.js';
import { migrate } from '../migrate.js';
import { migrations } from '../migrations/index.js';
import { openError } from '../open-error.js';
import { Connection, type Param } from './connection.js';
import { startError } from './errors.js';
import { migratePostgres } from './migrate.js';
import { postgresMigrations } from './migrations.js';
import { checkDatabaseUrl, redactUrl } from './url.js';

/**
 * Every table the bot keeps, in an order that inserts cleanly, with the columns that change type on
 * the way: SQLite keeps instants as ISO text and flags as 0/1, PostgreSQL as timestamptz and boolean.
 * store_secrets goes too: the salt of the voters' hashes, without which moved votes could not be
 * told apart from new ones.
 */
const TABLES: readonly { name: string; instants?: readonly string[]; flags?: readonly string[]; identity?: string }[] = [
  { name: 'subscriptions', instants: ['active_since', 'updated_at'] },
  { name: 'posts', instants: ['due_at', 'claimed_at', 'lease_until', 'posted_at'], flags: ['late'], identity: 'id' },
  { name: 'button_actions', instants: ['created_at'] },
  { name: 'feedback', instants: ['voted_at'] },
  { name: 'conversations', instants: ['updated_at'] },
  { name: 'store_secrets' },
];

export type MovedCounts = Record<string, number>;

function convert(row: Record<string, unknown>, table: (typeof TABLES)[number]): Record<string, Param> {
  const out: Record<string, Param> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === null || value === undefined) out[column] = null;
    else if (table.instants?.includes(column)) out[column] = new Date(String(value));
    else if (table.flags?.includes(column)) out[column] = value === 1;
    else out[column] = value as Param;
  }
  return out;
}

/**
 * `briefbot migrate-store --from sqlite:PATH --to postgres://…`: move an installation's state from
 * its SQLite file into an empty PostgreSQL database, in one transaction (all or nothing). Refuses a
 * target that already holds any of the bot's rows: two installations' claims and votes must never be
 * mixed, and nothing is ever overwritten. The source is brought to the current schema first, as a
 * start would.
 */
export async function importSqlite(sourcePath: string, targetUrl: string, logger: Logger = silentLogger): Promise<MovedCounts> {
  if (!existsSync(sourcePath)) throw new ConfigError(`migrate-store: there is no SQLite database at "${sourcePath}" (--from sqlite:PATH): give the file DATABASE_PATH names.`);
  checkDatabaseUrl(targetUrl);
  const source = openDatabase(sourcePath);
  try {
    try {
      migrate(source, migrations, sourcePath);
    } catch (error) {
      throw openError(sourcePath, error);
    }
    const where = `"${redactUrl(targetUrl)}"`;
    const target = new Connection(targetUrl, where, logger);
    try {
      try {
        await migratePostgres(target, postgresMigrations);
      } catch (error) {
        throw startError(where, error);
      }
      return await target.transaction(async (client) => {
        // Locked first, so no replica started meanwhile can write between the check and the copy.
        await client.query(`LOCK TABLE ${TABLES.map((t) => t.name).join(', ')} IN EXCLUSIVE MODE`);
        const held: string[] = [];
        for (const table of TABLES) {
          const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table.name}`);
          if ((rows[0]?.n ?? 0) > 0) held.push(`${rows[0]!.n} in ${table.name}`);
        }
        if (held.length > 0) {
          throw new ConfigError(
            `migrate-store: the PostgreSQL database ${where} (--to) already holds briefbot data (${held.join(', ')}). It is never overwritten: give an empty database, or empty this one yourself first.`,
          );
        }
        const counts: MovedCounts = {};
        for (const table of TABLES) {
          const rows = source.prepare(`SELECT * FROM ${table.name}`).all() as Record<string, unknown>[];
          for (const row of rows) {
            const values = convert(row, table);
            const columns = Object.keys(values);
            const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
            const overriding = table.identity ? ' OVERRIDING SYSTEM VALUE' : '';
            await client.query(`INSERT INTO ${table.name} (${columns.join(', ')})${overriding} VALUES (${placeholders})`, Object.values(values));
          }
          if (table.identity && rows.length > 0) {
            // The next claim continues after the moved ids.
            await client.query(`SELECT setval(pg_get_serial_sequence('${table.name}', '${table.identity}'), (SELECT max(${table.identity}) FROM ${table.name}))`);
          }
          counts[table.name] = rows.length;
        }
        return counts;
      });
    } finally {
      await target.end();
    }
  } finally {
    source.close();
  }
}

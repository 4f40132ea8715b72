import { silentLogger, type Logger } from '../../shared/logger.js';
import type { Store } from '../store.js';
import { PostgresButtonActions } from './button-actions.js';
import { Connection } from './connection.js';
import { PostgresConversations } from './conversations.js';
import { PostgresFeedback } from './feedback.js';
import { startError } from './errors.js';
import { migratePostgres } from './migrate.js';
import { postgresMigrations } from './migrations.js';
import { PostgresPosts } from './posts.js';
import { PostgresSubscriptions } from './subscriptions.js';
import { checkDatabaseUrl, redactUrl } from './url.js';

/**
 * Open the PostgreSQL store at `url` (config DATABASE_URL): check the URL, connect, apply pending
 * migrations. Fails fast and clearly (docs/ARCHITECTURE.md): a bad URL, a refused connection, bad
 * credentials or a missing database each give an error naming DATABASE_URL and the fix. Once
 * started, a lost connection is retried and logged, never fatal (connection.ts).
 */
export async function openPostgresStore(url: string, logger: Logger = silentLogger): Promise<Store> {
  checkDatabaseUrl(url);
  const where = `"${redactUrl(url)}"`;
  const connection = new Connection(url, where, logger);
  try {
    await migratePostgres(connection, postgresMigrations);
  } catch (error) {
    await connection.end().catch(() => undefined);
    throw startError(where, error);
  }
  return {
    kind: 'postgres',
    path: redactUrl(url),
    variable: 'DATABASE_URL',
    subscriptions: new PostgresSubscriptions(connection),
    posts: new PostgresPosts(connection),
    buttonActions: new PostgresButtonActions(connection),
    feedback: new PostgresFeedback(connection),
    conversations: new PostgresConversations(connection),
    close: () => connection.end(),
  };
}

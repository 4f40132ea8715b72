import type Database from 'better-sqlite3';
import { ButtonActionRepository } from './button-actions.js';
import { ConversationRepository } from './conversations.js';
import { BUSY_TIMEOUT_MS, openDatabase } from './database.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { damagedError, openError } from './open-error.js';
import { FeedbackRepository } from './feedback.js';
import { PostRepository } from './posts.js';
import type { Store } from './store.js';
import { SubscriptionRepository } from './subscriptions.js';

export type { Store };

/**
 * Open the store at `path` (config DATABASE_PATH), creating the folder and file on first start and
 * applying pending migrations. Throws a clear error naming the path if it cannot.
 */
export function openStore(path: string): Store {
  return storeOn(openDatabase(path), path);
}

/**
 * Check an open connection before the bot relies on it, then wrap it: migrations, an integrity
 * check (damaged pages are otherwise found only when a command reads them), and a write, since a
 * read-only file opens and reads without complaint until the first `/digest subscribe`. Fail fast,
 * fail clearly (docs/ARCHITECTURE.md): each failure names the file, DATABASE_PATH and the fix.
 */
export function storeOn(db: Database.Database, path: string): Store {
  try {
    migrate(db, migrations, path);
    const report = db.pragma('quick_check(1)', { simple: true });
    if (report !== 'ok') throw damagedError(path, String(report));
    // Changes nothing, but must take the write lock: SQLite refuses it on a read-only file.
    db.prepare('DELETE FROM schema_migrations WHERE 0').run();
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    db.close();
    throw openError(path, error);
  }
  return {
    kind: 'sqlite',
    path,
    variable: 'DATABASE_PATH',
    subscriptions: new SubscriptionRepository(db),
    posts: new PostRepository(db),
    buttonActions: new ButtonActionRepository(db),
    feedback: new FeedbackRepository(db),
    conversations: new ConversationRepository(db),
    close: async () => {
      db.close();
    },
  };
}

import { ButtonActionRepository } from './button-actions.js';
import { openDatabase } from './database.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { PostRepository } from './posts.js';
import { SubscriptionRepository } from './subscriptions.js';

export interface Store {
  /** The database file, for logs and error messages. */
  readonly path: string;
  readonly subscriptions: SubscriptionRepository;
  readonly posts: PostRepository;
  /** Actions behind buttons too long to carry them (Discord's 100-character custom_id). */
  readonly buttonActions: ButtonActionRepository;
  close(): void;
}

/**
 * Open the store at `path` (config DATABASE_PATH), creating the folder and file on first start and
 * applying pending migrations. Throws a clear error naming the path if it cannot.
 */
export function openStore(path: string): Store {
  const db = openDatabase(path);
  try {
    migrate(db, migrations, path);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    path,
    subscriptions: new SubscriptionRepository(db),
    posts: new PostRepository(db),
    buttonActions: new ButtonActionRepository(db),
    close: () => db.close(),
  };
}

import type { Logger } from '../shared/logger.js';
import { openStore } from './open.js';
import { openPostgresStore } from './postgres/open.js';
import { isPostgresUrl } from './postgres/url.js';
import type { Store } from './store.js';

/** Where the bot keeps its state: DATABASE_URL when set (PostgreSQL), else DATABASE_PATH (SQLite). */
export interface StoreLocation {
  databaseUrl?: string | null;
  databasePath: string;
}

/** Open the store the configuration names, migrated and checked; errors name the variable. */
export function connectStore(location: StoreLocation, logger?: Logger): Promise<Store> {
  if (location.databaseUrl) return openPostgresStore(location.databaseUrl, logger);
  return Promise.resolve().then(() => openStore(location.databasePath));
}

/** One string for tools and tests: a postgres:// URL, or else a SQLite file path. */
export function connectStoreAt(location: string, logger?: Logger): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location, logger) : connectStore({ databasePath: location }, logger);
}

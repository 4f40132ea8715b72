import type { Migration } from './types.js';

/**
 * The actions behind Discord buttons too long for a custom_id (a long question's "More"
 * or "Share"), kept so that those buttons still work after the bot restarts.
 */
export const migration002: Migration = {
  version: 2,
  name: 'button actions',
  sql: `
    CREATE TABLE button_actions (
      id         TEXT PRIMARY KEY,
      action     TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX button_actions_by_age ON button_actions (created_at);
  `,
};

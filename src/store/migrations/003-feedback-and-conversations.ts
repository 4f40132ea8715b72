import type { Migration } from './types.js';

/**
 * Votes on answers (👍/👎), the last question asked in each thread or DM (so a follow-up can be
 * read with it, across a restart), and the store's own secrets (the salt of the voters' hashes).
 */
export const migration003: Migration = {
  version: 3,
  name: 'feedback and conversations',
  sql: `
    CREATE TABLE feedback (
      answer_key TEXT NOT NULL,
      user_hash  TEXT NOT NULL,
      vote       TEXT NOT NULL CHECK (vote IN ('good', 'bad')),
      question   TEXT NOT NULL,
      shown      TEXT NOT NULL,
      platform   TEXT NOT NULL,
      voted_at   TEXT NOT NULL,
      PRIMARY KEY (answer_key, user_hash)
    );
    CREATE INDEX feedback_by_time ON feedback (voted_at);

    CREATE TABLE conversations (
      platform        TEXT NOT NULL,
      conversation_id TEXT NOT NULL,
      question        TEXT NOT NULL,
      updated_at      TEXT NOT NULL,
      PRIMARY KEY (platform, conversation_id)
    );
    CREATE INDEX conversations_by_age ON conversations (updated_at);

    CREATE TABLE store_secrets (
      name  TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};

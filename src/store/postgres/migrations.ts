import type { Migration } from '../migrations/types.js';

/**
 * The PostgreSQL schema, version for version the SQLite one (src/store/migrations/): the same
 * tables, columns and constraints, in PostgreSQL's types — instants as timestamptz, flags as
 * boolean. A test holds the two lists to the same versions and names (test/store/migrations-match.test.ts).
 */
export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions and posts',
    sql: `
      CREATE TABLE subscriptions (
        platform      text NOT NULL,
        channel_id    text NOT NULL,
        time          text NOT NULL CHECK (time ~ '^[0-2][0-9]:[0-5][0-9]$'),
        time_zone     text NOT NULL,
        cadence       text NOT NULL CHECK (cadence IN ('weekdays', 'daily')),
        quiet_day     text NOT NULL CHECK (quiet_day IN ('quiet', 'note')),
        status        text NOT NULL CHECK (status IN ('active', 'paused')),
        paused_reason text,
        active_since  timestamptz NOT NULL,
        updated_by    text,
        updated_at    timestamptz NOT NULL,
        PRIMARY KEY (platform, channel_id)
      );

      -- One row per channel per local day: the UNIQUE constraint is the claim that makes each post happen exactly once.
      CREATE TABLE posts (
        id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        platform    text NOT NULL,
        channel_id  text NOT NULL,
        local_date  text NOT NULL,
        due_at      timestamptz NOT NULL,
        claimed_at  timestamptz NOT NULL,
        owner       text NOT NULL,
        lease_until timestamptz NOT NULL,
        state       text NOT NULL CHECK (state IN ('claimed', 'sending', 'posted', 'skipped', 'failed', 'unknown')),
        late        boolean NOT NULL,
        attempts    integer NOT NULL DEFAULT 0,
        last_error  text,
        message_id  text,
        posted_at   timestamptz,
        UNIQUE (platform, channel_id, local_date)
      );
    `,
  },
  {
    version: 2,
    name: 'button actions',
    sql: `
      CREATE TABLE button_actions (
        id         text PRIMARY KEY,
        action     text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX button_actions_by_age ON button_actions (created_at);
    `,
  },
  {
    version: 3,
    name: 'feedback and conversations',
    sql: `
      CREATE TABLE feedback (
        answer_key text NOT NULL,
        user_hash  text NOT NULL,
        vote       text NOT NULL CHECK (vote IN ('good', 'bad')),
        question   text NOT NULL,
        shown      text NOT NULL,
        platform   text NOT NULL,
        voted_at   timestamptz NOT NULL,
        PRIMARY KEY (answer_key, user_hash)
      );
      CREATE INDEX feedback_by_time ON feedback (voted_at);

      CREATE TABLE conversations (
        platform        text NOT NULL,
        conversation_id text NOT NULL,
        question        text NOT NULL,
        updated_at      timestamptz NOT NULL,
        PRIMARY KEY (platform, conversation_id)
      );
      CREATE INDEX conversations_by_age ON conversations (updated_at);

      CREATE TABLE store_secrets (
        name  text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
];

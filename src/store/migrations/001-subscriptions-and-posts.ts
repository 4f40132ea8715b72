import type { Migration } from './types.js';

/** Digest subscriptions per channel, and the per-day claim that makes posting exactly-once. */
export const migration001: Migration = {
  version: 1,
  name: 'subscriptions and posts',
  sql: `
    CREATE TABLE subscriptions (
      platform      TEXT NOT NULL,
      channel_id    TEXT NOT NULL,
      time          TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
      time_zone     TEXT NOT NULL,
      cadence       TEXT NOT NULL CHECK (cadence IN ('weekdays', 'daily')),
      quiet_day     TEXT NOT NULL CHECK (quiet_day IN ('quiet', 'note')),
      status        TEXT NOT NULL CHECK (status IN ('active', 'paused')),
      paused_reason TEXT,
      active_since  TEXT NOT NULL,
      updated_by    TEXT,
      updated_at    TEXT NOT NULL,
      PRIMARY KEY (platform, channel_id)
    );

    -- One row per channel per local day: the UNIQUE constraint is the claim that makes each post happen exactly once.
    -- Instants are ISO 8601 UTC strings from toISOString(), so text order is time order.
    CREATE TABLE posts (
      id          INTEGER PRIMARY KEY,
      platform    TEXT NOT NULL,
      channel_id  TEXT NOT NULL,
      local_date  TEXT NOT NULL,
      due_at      TEXT NOT NULL,
      claimed_at  TEXT NOT NULL,
      owner       TEXT NOT NULL,
      lease_until TEXT NOT NULL,
      state       TEXT NOT NULL CHECK (state IN ('claimed', 'sending', 'posted', 'skipped', 'failed', 'unknown')),
      late        INTEGER NOT NULL CHECK (late IN (0, 1)),
      attempts    INTEGER NOT NULL DEFAULT 0,
      last_error  TEXT,
      message_id  TEXT,
      posted_at   TEXT,
      UNIQUE (platform, channel_id, local_date)
    );
  `,
};

import type Database from 'better-sqlite3';
import type { SubscriptionStore } from './store.js';
import type { Cadence, ChannelRef, QuietDay, Subscription, SubscriptionSettings } from './types.js';

interface Row {
  platform: string;
  channel_id: string;
  time: string;
  time_zone: string;
  cadence: Cadence;
  quiet_day: QuietDay;
  status: 'active' | 'paused';
  paused_reason: string | null;
  active_since: string;
  updated_by: string | null;
  updated_at: string;
}

function fromRow(row: Row): Subscription {
  return {
    platform: row.platform,
    channelId: row.channel_id,
    time: row.time,
    timeZone: row.time_zone,
    cadence: row.cadence,
    quietDay: row.quiet_day,
    status: row.status,
    pausedReason: row.paused_reason,
    activeSince: new Date(row.active_since),
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at),
  };
}

/**
 * Digest subscriptions per channel. No change listeners: other processes share the file, so the
 * scheduler reads the table every minute instead (src/schedule/scheduler.ts), and a change made
 * anywhere is followed the same way.
 */
export class SubscriptionRepository implements SubscriptionStore {
  constructor(private readonly db: Database.Database) {}

  async get(target: ChannelRef): Promise<Subscription | null> {
    return this.row(target);
  }

  private row(target: ChannelRef): Subscription | null {
    const row = this.db
      .prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?')
      .get(target.platform, target.channelId) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async list(): Promise<Subscription[]> {
    const rows = this.db.prepare('SELECT * FROM subscriptions ORDER BY platform, channel_id').all() as Row[];
    return rows.map(fromRow);
  }

  /** Create or replace a channel's subscription; saving also resumes a paused one. */
  async save(target: ChannelRef, settings: SubscriptionSettings, change: { now: Date; by: string | null }): Promise<Subscription> {
    const at = change.now.toISOString();
    this.db
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, time, time_zone, cadence, quiet_day, status, paused_reason, active_since, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'active', NULL, ?, ?, ?)
         ON CONFLICT (platform, channel_id) DO UPDATE SET
           time = excluded.time, time_zone = excluded.time_zone, cadence = excluded.cadence, quiet_day = excluded.quiet_day,
           status = 'active', paused_reason = NULL, active_since = excluded.active_since,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(target.platform, target.channelId, settings.time, settings.timeZone, settings.cadence, settings.quietDay, at, change.by, at);
    return this.row(target)!;
  }

  /** Stop posting to a channel until someone subscribes again; `reason` is shown by /digest status. */
  async pause(target: ChannelRef, reason: string, now: Date): Promise<Subscription | null> {
    const result = this.db
      .prepare(`UPDATE subscriptions SET status = 'paused', paused_reason = ?, updated_at = ? WHERE platform = ? AND channel_id = ?`)
      .run(reason, now.toISOString(), target.platform, target.channelId);
    return result.changes > 0 ? this.row(target) : null;
  }

  /** True when there was a subscription to remove. Post history stays: it still guards today's post. */
  async remove(target: ChannelRef): Promise<boolean> {
    const result = this.db
      .prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?')
      .run(target.platform, target.channelId);
    return result.changes > 0;
  }
}

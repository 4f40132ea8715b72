import type { SubscriptionStore } from '../store.js';
import type { Cadence, ChannelRef, QuietDay, Subscription, SubscriptionSettings } from '../types.js';
import type { Connection } from './connection.js';

interface Row {
  platform: string;
  channel_id: string;
  time: string;
  time_zone: string;
  cadence: Cadence;
  quiet_day: QuietDay;
  status: 'active' | 'paused';
  paused_reason: string | null;
  active_since: Date;
  updated_by: string | null;
  updated_at: Date;
}

const fromRow = (row: Row): Subscription => ({
  platform: row.platform,
  channelId: row.channel_id,
  time: row.time,
  timeZone: row.time_zone,
  cadence: row.cadence,
  quietDay: row.quiet_day,
  status: row.status,
  pausedReason: row.paused_reason,
  activeSince: row.active_since,
  updatedBy: row.updated_by,
  updatedAt: row.updated_at,
});

/**
 * Digest subscriptions per channel in PostgreSQL. Every replica's scheduler reads the table each
 * minute (src/schedule/scheduler.ts): that is how a change made on one replica reaches the others.
 */
export class PostgresSubscriptions implements SubscriptionStore {
  constructor(private readonly db: Connection) {}

  async get(target: ChannelRef): Promise<Subscription | null> {
    const { rows } = await this.db.query<Row>('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [target.platform, target.channelId], 'always');
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async list(): Promise<Subscription[]> {
    const { rows } = await this.db.query<Row>('SELECT * FROM subscriptions ORDER BY platform, channel_id', [], 'always');
    return rows.map(fromRow);
  }

  async save(target: ChannelRef, settings: SubscriptionSettings, change: { now: Date; by: string | null }): Promise<Subscription> {
    const { rows } = await this.db.query<Row>(
      `INSERT INTO subscriptions (platform, channel_id, time, time_zone, cadence, quiet_day, status, paused_reason, active_since, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'active', NULL, $7, $8, $7)
       ON CONFLICT (platform, channel_id) DO UPDATE SET
         time = excluded.time, time_zone = excluded.time_zone, cadence = excluded.cadence, quiet_day = excluded.quiet_day,
         status = 'active', paused_reason = NULL, active_since = excluded.active_since,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at
       RETURNING *`,
      [target.platform, target.channelId, settings.time, settings.timeZone, settings.cadence, settings.quietDay, change.now, change.by],
    );
    return fromRow(rows[0]!);
  }

  async pause(target: ChannelRef, reason: string, now: Date): Promise<Subscription | null> {
    const { rows } = await this.db.query<Row>(
      `UPDATE subscriptions SET status = 'paused', paused_reason = $1, updated_at = $2 WHERE platform = $3 AND channel_id = $4 RETURNING *`,
      [reason, now, target.platform, target.channelId],
    );
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async remove(target: ChannelRef): Promise<boolean> {
    const result = await this.db.query('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2', [target.platform, target.channelId]);
    return (result.rowCount ?? 0) > 0;
  }
}

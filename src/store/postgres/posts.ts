import type { NewClaim, PostStore } from '../store.js';
import type { ChannelRef, PostRecord, PostState } from '../types.js';
import type { Connection, Param } from './connection.js';

interface Row {
  id: number;
  platform: string;
  channel_id: string;
  local_date: string;
  due_at: Date;
  claimed_at: Date;
  owner: string;
  lease_until: Date;
  state: PostState;
  late: boolean;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  posted_at: Date | null;
}

const fromRow = (row: Row): PostRecord => ({
  id: row.id,
  platform: row.platform,
  channelId: row.channel_id,
  localDate: row.local_date,
  dueAt: row.due_at,
  claimedAt: row.claimed_at,
  owner: row.owner,
  leaseUntil: row.lease_until,
  state: row.state,
  late: row.late,
  attempts: row.attempts,
  lastError: row.last_error,
  messageId: row.message_id,
  postedAt: row.posted_at,
});

/**
 * The per-day post records in PostgreSQL: the same statements as SQLite's (src/store/posts.ts), so
 * the same guarantees. The claim is one INSERT … ON CONFLICT DO NOTHING: the UNIQUE (platform,
 * channel_id, local_date) index decides between replicas racing for a day, and exactly one gets a
 * row back. Every later write is conditional on owner and state, and none is ever repeated after a
 * connection broke mid-statement (src/store/postgres/connection.ts): a repeat could not post twice
 * anyway, but it could misreport who holds the claim.
 */
export class PostgresPosts implements PostStore {
  constructor(private readonly db: Connection) {}

  async get(id: number): Promise<PostRecord | null> {
    const { rows } = await this.db.query<Row>('SELECT * FROM posts WHERE id = $1', [id], 'always');
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async latest(target: ChannelRef): Promise<PostRecord | null> {
    const { rows } = await this.db.query<Row>(
      'SELECT * FROM posts WHERE platform = $1 AND channel_id = $2 ORDER BY local_date DESC LIMIT 1',
      [target.platform, target.channelId],
      'always',
    );
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async list(target: ChannelRef): Promise<PostRecord[]> {
    const { rows } = await this.db.query<Row>('SELECT * FROM posts WHERE platform = $1 AND channel_id = $2 ORDER BY local_date', [target.platform, target.channelId], 'always');
    return rows.map(fromRow);
  }

  async claim(claim: NewClaim): Promise<PostRecord | null> {
    const { rows } = await this.db.query<Row>(
      `INSERT INTO posts (platform, channel_id, local_date, due_at, claimed_at, owner, lease_until, state, late)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'claimed', $8)
       ON CONFLICT (platform, channel_id, local_date) DO NOTHING
       RETURNING *`,
      [claim.platform, claim.channelId, claim.localDate, claim.dueAt, claim.now, claim.owner, claim.leaseUntil, claim.late],
    );
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async takeOver(id: number, owner: string, late: boolean, now: Date, leaseUntil: Date): Promise<PostRecord | null> {
    const { rows } = await this.db.query<Row>(
      `UPDATE posts SET owner = $1, late = $2, lease_until = $3 WHERE id = $4 AND state = 'claimed' AND lease_until <= $5 RETURNING *`,
      [owner, late, leaseUntil, id, now],
    );
    return rows[0] ? fromRow(rows[0]) : null;
  }

  startAttempt(id: number, owner: string, leaseUntil: Date): Promise<boolean> {
    return this.write(`UPDATE posts SET state = 'sending', attempts = attempts + 1, lease_until = $1 WHERE id = $2 AND owner = $3 AND state = 'claimed'`, leaseUntil, id, owner);
  }

  attemptFailed(id: number, owner: string, error: string, leaseUntil: Date): Promise<boolean> {
    return this.write(`UPDATE posts SET state = 'claimed', last_error = $1, lease_until = $2 WHERE id = $3 AND owner = $4 AND state = 'sending'`, error, leaseUntil, id, owner);
  }

  posted(id: number, owner: string, messageId: string, now: Date): Promise<boolean> {
    return this.write(`UPDATE posts SET state = 'posted', message_id = $1, posted_at = $2 WHERE id = $3 AND owner = $4 AND state IN ('sending', 'unknown')`, messageId, now, id, owner);
  }

  skipped(id: number, owner: string): Promise<boolean> {
    return this.write(`UPDATE posts SET state = 'skipped' WHERE id = $1 AND owner = $2 AND state = 'claimed'`, id, owner);
  }

  failed(id: number, owner: string, error: string): Promise<boolean> {
    return this.write(`UPDATE posts SET state = 'failed', last_error = $1 WHERE id = $2 AND owner = $3 AND state IN ('claimed', 'sending')`, error, id, owner);
  }

  release(id: number, owner: string, now: Date): Promise<boolean> {
    return this.write(`UPDATE posts SET lease_until = $1 WHERE id = $2 AND owner = $3 AND state = 'claimed'`, now, id, owner);
  }

  markUnknown(id: number, now: Date, note: string): Promise<boolean> {
    return this.write(`UPDATE posts SET state = 'unknown', last_error = $1 WHERE id = $2 AND state = 'sending' AND lease_until <= $3`, note, id, now);
  }

  abandon(id: number, now: Date, note: string): Promise<boolean> {
    return this.write(`UPDATE posts SET state = 'failed', last_error = $1 WHERE id = $2 AND state = 'claimed' AND lease_until <= $3`, note, id, now);
  }

  private async write(sql: string, ...params: Param[]): Promise<boolean> {
    return (await this.db.query(sql, params)).rowCount === 1;
  }
}

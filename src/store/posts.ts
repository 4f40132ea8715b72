import type Database from 'better-sqlite3';
import type { NewClaim, PostStore } from './store.js';
import type { ChannelRef, PostRecord, PostState } from './types.js';

interface Row {
  id: number;
  platform: string;
  channel_id: string;
  local_date: string;
  due_at: string;
  claimed_at: string;
  owner: string;
  lease_until: string;
  state: PostState;
  late: number;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  posted_at: string | null;
}

function fromRow(row: Row): PostRecord {
  return {
    id: row.id,
    platform: row.platform,
    channelId: row.channel_id,
    localDate: row.local_date,
    dueAt: new Date(row.due_at),
    claimedAt: new Date(row.claimed_at),
    owner: row.owner,
    leaseUntil: new Date(row.lease_until),
    state: row.state,
    late: row.late === 1,
    attempts: row.attempts,
    lastError: row.last_error,
    messageId: row.message_id,
    postedAt: row.posted_at ? new Date(row.posted_at) : null,
  };
}

/**
 * The per-day post records. Every write after the claim is conditional on the claim's owner and
 * state, so an instance that lost its claim (lease expired, taken over) cannot overwrite the
 * record of the one that holds it. Each method returns whether its write happened.
 */
export class PostRepository implements PostStore {
  constructor(private readonly db: Database.Database) {}

  async get(id: number): Promise<PostRecord | null> {
    return this.row(id);
  }

  private row(id: number): PostRecord | null {
    const row = this.db.prepare('SELECT * FROM posts WHERE id = ?').get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  /** The most recent local day's record for a channel, whatever its state. */
  async latest(target: ChannelRef): Promise<PostRecord | null> {
    const row = this.db
      .prepare('SELECT * FROM posts WHERE platform = ? AND channel_id = ? ORDER BY local_date DESC LIMIT 1')
      .get(target.platform, target.channelId) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async list(target: ChannelRef): Promise<PostRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM posts WHERE platform = ? AND channel_id = ? ORDER BY local_date')
      .all(target.platform, target.channelId) as Row[];
    return rows.map(fromRow);
  }

  /**
   * Claim a channel's local day. The UNIQUE (platform, channel_id, local_date) constraint decides
   * between racing instances, on one connection or many: exactly one insert wins, the others get null.
   */
  async claim(claim: NewClaim): Promise<PostRecord | null> {
    const result = this.db
      .prepare(
        `INSERT INTO posts (platform, channel_id, local_date, due_at, claimed_at, owner, lease_until, state, late)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'claimed', ?)
         ON CONFLICT (platform, channel_id, local_date) DO NOTHING`,
      )
      .run(
        claim.platform,
        claim.channelId,
        claim.localDate,
        claim.dueAt.toISOString(),
        claim.now.toISOString(),
        claim.owner,
        claim.leaseUntil.toISOString(),
        claim.late ? 1 : 0,
      );
    return result.changes === 1 ? this.row(Number(result.lastInsertRowid)) : null;
  }

  /** Take over a claim whose holder let its lease run out before any send was in flight. */
  async takeOver(id: number, owner: string, late: boolean, now: Date, leaseUntil: Date): Promise<PostRecord | null> {
    const result = this.db
      .prepare(`UPDATE posts SET owner = ?, late = ?, lease_until = ? WHERE id = ? AND state = 'claimed' AND lease_until <= ?`)
      .run(owner, late ? 1 : 0, leaseUntil.toISOString(), id, now.toISOString());
    return result.changes === 1 ? this.row(id) : null;
  }

  /** Written before each send: a crash from here until `posted` leaves `sending`, the ambiguous case. */
  async startAttempt(id: number, owner: string, leaseUntil: Date): Promise<boolean> {
    return this.write(
      `UPDATE posts SET state = 'sending', attempts = attempts + 1, lease_until = ? WHERE id = ? AND owner = ? AND state = 'claimed'`,
      leaseUntil.toISOString(),
      id,
      owner,
    );
  }

  /** The send failed and will be retried: back to `claimed`, held through the backoff wait. */
  async attemptFailed(id: number, owner: string, error: string, leaseUntil: Date): Promise<boolean> {
    return this.write(
      `UPDATE posts SET state = 'claimed', last_error = ?, lease_until = ? WHERE id = ? AND owner = ? AND state = 'sending'`,
      error,
      leaseUntil.toISOString(),
      id,
      owner,
    );
  }

  /** `unknown` is accepted too: a send that outlived its lease still gets its message id recorded. */
  async posted(id: number, owner: string, messageId: string, now: Date): Promise<boolean> {
    return this.write(
      `UPDATE posts SET state = 'posted', message_id = ?, posted_at = ? WHERE id = ? AND owner = ? AND state IN ('sending', 'unknown')`,
      messageId,
      now.toISOString(),
      id,
      owner,
    );
  }

  async skipped(id: number, owner: string): Promise<boolean> {
    return this.write(`UPDATE posts SET state = 'skipped' WHERE id = ? AND owner = ? AND state = 'claimed'`, id, owner);
  }

  async failed(id: number, owner: string, error: string): Promise<boolean> {
    return this.write(
      `UPDATE posts SET state = 'failed', last_error = ? WHERE id = ? AND owner = ? AND state IN ('claimed', 'sending')`,
      error,
      id,
      owner,
    );
  }

  /** Give the claim up at once (on shutdown, between attempts) so a restart can resume it without waiting. */
  async release(id: number, owner: string, now: Date): Promise<boolean> {
    return this.write(
      `UPDATE posts SET lease_until = ? WHERE id = ? AND owner = ? AND state = 'claimed'`,
      now.toISOString(),
      id,
      owner,
    );
  }

  /** Settle a claim whose holder vanished mid-send: never re-sent, reported instead. */
  async markUnknown(id: number, now: Date, note: string): Promise<boolean> {
    return this.write(
      `UPDATE posts SET state = 'unknown', last_error = ? WHERE id = ? AND state = 'sending' AND lease_until <= ?`,
      note,
      id,
      now.toISOString(),
    );
  }

  /** Settle an earlier day's claim whose holder vanished before sending: that day is over. */
  async abandon(id: number, now: Date, note: string): Promise<boolean> {
    return this.write(
      `UPDATE posts SET state = 'failed', last_error = ? WHERE id = ? AND state = 'claimed' AND lease_until <= ?`,
      note,
      id,
      now.toISOString(),
    );
  }

  private write(sql: string, ...params: (string | number)[]): boolean {
    return this.db.prepare(sql).run(...params).changes === 1;
  }
}

import { randomBytes } from 'node:crypto';
import { SALT_NAME, answerKey, feedbackRecord, voterHash, type FeedbackRecord, type FeedbackRow, type VoteInput } from '../feedback.js';
import type { FeedbackStore } from '../store.js';
import type { Connection } from './connection.js';

/** 👍/👎 on answers in PostgreSQL, keyed and hashed exactly as in SQLite (src/store/feedback.ts), so migrate-store moves them as they are. */
export class PostgresFeedback implements FeedbackStore {
  private salt: Promise<string> | undefined;

  constructor(private readonly db: Connection) {}

  async record(input: VoteInput): Promise<'recorded' | 'replaced'> {
    const userHash = voterHash(await this.saltValue(), input.platform, input.userId);
    // xmax is 0 on a row this statement inserted, the updating transaction's id on one it replaced.
    const { rows } = await this.db.query<{ inserted: boolean }>(
      `INSERT INTO feedback (answer_key, user_hash, vote, question, shown, platform, voted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (answer_key, user_hash) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at
       RETURNING (xmax = 0) AS inserted`,
      [answerKey(input.question, input.shown), userHash, input.vote, input.question, JSON.stringify(input.shown), input.platform, input.at],
    );
    return rows[0]?.inserted ? 'recorded' : 'replaced';
  }

  async list(from: Date = new Date(0)): Promise<FeedbackRecord[]> {
    const { rows } = await this.db.query<FeedbackRow>('SELECT * FROM feedback WHERE voted_at >= $1 ORDER BY voted_at, answer_key', [from], 'always');
    return rows.map(feedbackRecord);
  }

  /** Made once per database; replicas racing to make it agree on the first one written. */
  private saltValue(): Promise<string> {
    this.salt ??= this.db
      .query<{ value: string }>(
        `WITH made AS (INSERT INTO store_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING value)
         SELECT value FROM made UNION ALL SELECT value FROM store_secrets WHERE name = $1`,
        [SALT_NAME, randomBytes(16).toString('hex')],
      )
      .then(({ rows }) => rows[0]!.value)
      .catch((error: unknown) => {
        this.salt = undefined;
        throw error;
      });
    return this.salt;
  }
}

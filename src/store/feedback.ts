import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { FeedbackStore } from './store.js';

export type Vote = 'good' | 'bad';

/** A passage shown in the answer voted on, at its rank (1 = first shown). */
export interface ShownPassage {
  rank: number;
  /** Passage id, `<file>#<index>`. */
  passage: string;
}

export interface VoteInput {
  question: string;
  shown: readonly ShownPassage[];
  vote: Vote;
  platform: string;
  /** The platform's user id: kept only as a salted hash, so the table names nobody. */
  userId: string;
  at: Date;
}

export interface FeedbackRecord {
  question: string;
  shown: ShownPassage[];
  vote: Vote;
  platform: string;
  userHash: string;
  votedAt: Date;
}

/** The same answer is the same question with the same passages in the same order (both stores key votes so). */
export function answerKey(question: string, shown: readonly ShownPassage[]): string {
  const passages = [...shown].sort((a, b) => a.rank - b.rank).map((p) => p.passage);
  return createHash('sha256').update(JSON.stringify([question.trim().toLowerCase(), passages])).digest('hex').slice(0, 32);
}

/** A feedback row as either database returns it (SQLite gives the time as text, PostgreSQL as a Date). */
export interface FeedbackRow {
  question: string;
  shown: string;
  vote: Vote;
  platform: string;
  user_hash: string;
  voted_at: string | Date;
}

export function feedbackRecord(row: FeedbackRow): FeedbackRecord {
  return {
    question: row.question,
    shown: JSON.parse(row.shown) as ShownPassage[],
    vote: row.vote,
    platform: row.platform,
    userHash: row.user_hash,
    votedAt: new Date(row.voted_at),
  };
}

/** The store secret that salts voters' hashes. */
export const SALT_NAME = 'feedback-salt';

/** A voter as the table keeps them: platform and user id, hashed with the store's salt. */
export function voterHash(salt: string, platform: string, userId: string): string {
  return createHash('sha256').update(`${salt}\0${platform}\0${userId}`).digest('hex').slice(0, 16);
}

/**
 * 👍/👎 on answers. One vote per person per answer: a second vote replaces the first. Voters are
 * kept as a hash of platform and user id salted with a secret made on first use and kept in the
 * store, so the same person's votes can be told apart without the table naming them.
 */
export class FeedbackRepository implements FeedbackStore {
  private readonly upsert: Database.Statement;
  private readonly exists: Database.Statement;
  private readonly since: Database.Statement;
  private salt: string | undefined;

  constructor(private readonly db: Database.Database) {
    this.upsert = db.prepare(`
      INSERT INTO feedback (answer_key, user_hash, vote, question, shown, platform, voted_at)
      VALUES (@answerKey, @userHash, @vote, @question, @shown, @platform, @votedAt)
      ON CONFLICT (answer_key, user_hash) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`);
    this.exists = db.prepare('SELECT vote FROM feedback WHERE answer_key = ? AND user_hash = ?');
    this.since = db.prepare('SELECT * FROM feedback WHERE voted_at >= ? ORDER BY voted_at, answer_key');
  }

  /** Record a vote; says whether it is the person's first on this answer or replaced an earlier one. */
  async record(input: VoteInput): Promise<'recorded' | 'replaced'> {
    const key = answerKey(input.question, input.shown);
    const userHash = this.userHash(input.platform, input.userId);
    const earlier = this.exists.get(key, userHash);
    this.upsert.run({
      answerKey: key,
      userHash,
      vote: input.vote,
      question: input.question,
      shown: JSON.stringify(input.shown),
      platform: input.platform,
      votedAt: input.at.toISOString(),
    });
    return earlier === undefined ? 'recorded' : 'replaced';
  }

  /** Votes cast at or after `from` (all of them by default), oldest first. */
  async list(from: Date = new Date(0)): Promise<FeedbackRecord[]> {
    return (this.since.all(from.toISOString()) as FeedbackRow[]).map(feedbackRecord);
  }

  private userHash(platform: string, userId: string): string {
    this.salt ??= this.secret(SALT_NAME);
    return voterHash(this.salt, platform, userId);
  }

  /** A secret made once per store; two processes racing to make it agree on the first one written. */
  private secret(name: string): string {
    this.db.prepare('INSERT OR IGNORE INTO store_secrets (name, value) VALUES (?, ?)').run(name, randomBytes(16).toString('hex'));
    return (this.db.prepare('SELECT value FROM store_secrets WHERE name = ?').get(name) as { value: string }).value;
  }
}

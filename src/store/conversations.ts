import type Database from 'better-sqlite3';
import type { ConversationStore } from './store.js';

/** How long a thread remembers its question: a follow-up comes within the conversation, not days later. */
export const CONVERSATION_HOURS = 24;

/**
 * The last question asked in each thread or direct message, so a short follow-up ("when was it
 * launched") can be read with it. Kept in the store so it survives a restart; older than
 * CONVERSATION_HOURS it is forgotten, and such rows are dropped as new ones arrive.
 */
export class ConversationRepository implements ConversationStore {
  private readonly upsert: Database.Statement;
  private readonly select: Database.Statement;
  private readonly prune: Database.Statement;

  constructor(db: Database.Database) {
    this.upsert = db.prepare(`
      INSERT INTO conversations (platform, conversation_id, question, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (platform, conversation_id) DO UPDATE SET question = excluded.question, updated_at = excluded.updated_at`);
    this.select = db.prepare('SELECT question FROM conversations WHERE platform = ? AND conversation_id = ? AND updated_at >= ?');
    this.prune = db.prepare('DELETE FROM conversations WHERE updated_at < ?');
  }

  /** The conversation's question, unless it is older than CONVERSATION_HOURS at `now`. */
  async earlier(platform: string, conversationId: string, now: Date): Promise<string | null> {
    const row = this.select.get(platform, conversationId, cutoff(now)) as { question: string } | undefined;
    return row?.question ?? null;
  }

  async remember(platform: string, conversationId: string, question: string, now: Date): Promise<void> {
    this.prune.run(cutoff(now));
    this.upsert.run(platform, conversationId, question, now.toISOString());
  }
}

function cutoff(now: Date): string {
  return new Date(now.getTime() - CONVERSATION_HOURS * 3_600_000).toISOString();
}

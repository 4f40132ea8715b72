import { CONVERSATION_HOURS } from '../conversations.js';
import type { ConversationStore } from '../store.js';
import type { Connection } from './connection.js';

const cutoff = (now: Date): Date => new Date(now.getTime() - CONVERSATION_HOURS * 3_600_000);

/** The last question of each thread or DM in PostgreSQL: a follow-up answered by another replica still finds it. */
export class PostgresConversations implements ConversationStore {
  constructor(private readonly db: Connection) {}

  async earlier(platform: string, conversationId: string, now: Date): Promise<string | null> {
    const { rows } = await this.db.query<{ question: string }>(
      'SELECT question FROM conversations WHERE platform = $1 AND conversation_id = $2 AND updated_at >= $3',
      [platform, conversationId, cutoff(now)],
      'always',
    );
    return rows[0]?.question ?? null;
  }

  async remember(platform: string, conversationId: string, question: string, now: Date): Promise<void> {
    await this.db.query('DELETE FROM conversations WHERE updated_at < $1', [cutoff(now)]);
    await this.db.query(
      `INSERT INTO conversations (platform, conversation_id, question, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (platform, conversation_id) DO UPDATE SET question = excluded.question, updated_at = excluded.updated_at`,
      [platform, conversationId, question, now],
    );
  }
}

import { KEEP_DAYS } from '../button-actions.js';
import { isRetryable } from '../problems.js';
import type { ButtonActionStore } from '../store.js';
import type { Connection } from './connection.js';

/** Button actions in PostgreSQL, so a button made on one replica works when pressed on another. */
export class PostgresButtonActions implements ButtonActionStore {
  constructor(private readonly db: Connection) {}

  /** False when the database is busy or unreachable: the button still works from the caller's memory. */
  async save(id: string, action: string, now: Date): Promise<boolean> {
    try {
      await this.db.query('DELETE FROM button_actions WHERE created_at < $1', [new Date(now.getTime() - KEEP_DAYS * 86_400_000)]);
      await this.db.query(
        'INSERT INTO button_actions (id, action, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET action = excluded.action, created_at = excluded.created_at',
        [id, action, now],
      );
      return true;
    } catch (error) {
      if (isRetryable(error)) return false;
      throw error;
    }
  }

  async find(id: string): Promise<string | null> {
    const { rows } = await this.db.query<{ action: string }>('SELECT action FROM button_actions WHERE id = $1', [id], 'always');
    return rows[0]?.action ?? null;
  }
}

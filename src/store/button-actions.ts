import type Database from 'better-sqlite3';
import { isBusy } from './problems.js';
import type { ButtonActionStore } from './store.js';

/** How long a button keeps working: well past any message a user would scroll back to and press. */
export const KEEP_DAYS = 30;

/**
 * Button actions kept under a short id (the platform sends the id back when the button is
 * pressed). The action is stored as the opaque text the platform layer encoded; rows older than
 * KEEP_DAYS are dropped as new ones arrive, so the table stays small.
 */
export class ButtonActionRepository implements ButtonActionStore {
  private readonly insert: Database.Statement;
  private readonly select: Database.Statement;
  private readonly prune: Database.Statement;

  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT OR REPLACE INTO button_actions (id, action, created_at) VALUES (?, ?, ?)');
    this.select = db.prepare('SELECT action FROM button_actions WHERE id = ?');
    this.prune = db.prepare('DELETE FROM button_actions WHERE created_at < ?');
  }

  /**
   * Keep an action; false when another process held the write lock past the short busy wait
   * (src/store/database.ts). The button still works from the caller's memory then, until a
   * restart: better than failing the reply that carries it.
   */
  async save(id: string, action: string, now: Date): Promise<boolean> {
    try {
      this.prune.run(new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString());
      this.insert.run(id, action, now.toISOString());
      return true;
    } catch (error) {
      if (isBusy(error)) return false;
      throw error;
    }
  }

  async find(id: string): Promise<string | null> {
    const row = this.select.get(id) as { action: string } | undefined;
    return row?.action ?? null;
  }
}

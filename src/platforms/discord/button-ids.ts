import { randomBytes } from 'node:crypto';
import { decodeAction, encodeAction, type ButtonAction } from '../shared/button-action.js';
import { LIMITS } from './limits.js';

const PREFIX = 'bb:';
export const DEFAULT_CAPACITY = 5_000;

/**
 * custom_id for buttons. Discord allows 100 characters: most actions fit as they are (the bot needs
 * no memory to answer them, even after a restart); a longer one (a long question behind "Share")
 * is kept here under a short random id. Random, not a counter, so an id from before a restart can
 * never name a different action now. Least recently used ids go first once `capacity` is reached,
 * and their buttons answer that they have expired.
 */
export class ButtonIds {
  private readonly actions = new Map<string, ButtonAction>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  get size(): number {
    return this.actions.size;
  }

  idFor(action: ButtonAction): string {
    const encoded = encodeAction(action);
    if (encoded.length <= LIMITS.customId) return encoded;
    const id = `${PREFIX}${randomBytes(9).toString('base64url')}`;
    this.actions.set(id, action);
    if (this.actions.size > this.capacity) this.actions.delete(this.actions.keys().next().value!);
    return id;
  }

  /** The action behind a pressed button, or null when it is malformed or has expired. */
  actionFor(customId: string): ButtonAction | null {
    if (!customId.startsWith(PREFIX)) return decodeAction(customId);
    const action = this.actions.get(customId);
    if (!action) return null;
    // Pressed again: keep it longer than ids nobody uses.
    this.actions.delete(customId);
    this.actions.set(customId, action);
    return action;
  }
}

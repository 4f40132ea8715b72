import { randomBytes } from 'node:crypto';
import type { ButtonActionStore } from '../../store/store.js';
import { decodeAction, encodeAction, type ButtonAction } from '../../dispatch/button-action.js';
import { LIMITS } from './limits.js';

const PREFIX = 'bb:';
export const DEFAULT_CAPACITY = 5_000;

/**
 * custom_id for buttons. Discord allows 100 characters: most actions fit as they are (the bot needs
 * no memory to answer them, even after a restart); a longer one (a long question behind "Share")
 * is kept under a short random id: in the store when there is one (so the button still works after
 * a restart), and in memory. Random, not a counter, so an id from before a restart can never name a
 * different action now. In memory, least recently used ids go first once `capacity` is reached;
 * without a store, their buttons then answer that they have expired.
 */
export class ButtonIds {
  private readonly actions = new Map<string, ButtonAction>();

  constructor(
    private readonly capacity = DEFAULT_CAPACITY,
    private readonly saved?: ButtonActionStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get size(): number {
    return this.actions.size;
  }

  idFor(action: ButtonAction): string {
    const encoded = encodeAction(action);
    if (encoded.length <= LIMITS.customId) return encoded;
    const id = `${PREFIX}${randomBytes(9).toString('base64url')}`;
    // Not awaited: a message is being rendered, and the action is in memory from here on. Another
    // replica finds it in the store once the write lands, long before a person presses the button;
    // a write that fails (busy, connection down) leaves the in-memory copy, as before a restart.
    this.saved?.save(id, encoded, this.now()).catch(() => false);
    this.remember(id, action);
    return id;
  }

  /** The action behind a pressed button, or null when it is malformed or has expired. */
  async actionFor(customId: string): Promise<ButtonAction | null> {
    if (!customId.startsWith(PREFIX)) return decodeAction(customId);
    const cached = this.actions.get(customId);
    const stored = cached ? null : await this.saved?.find(customId);
    const action = cached ?? (stored ? decodeAction(stored) : null);
    if (!action) return null;
    // Pressed again: keep it longer than ids nobody uses.
    this.actions.delete(customId);
    this.remember(customId, action);
    return action;
  }

  private remember(id: string, action: ButtonAction): void {
    this.actions.set(id, action);
    if (this.actions.size > this.capacity) this.actions.delete(this.actions.keys().next().value!);
  }
}

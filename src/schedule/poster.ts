import type { Reply } from '../present/types.js';
import type { ChannelRef } from '../store/types.js';

/**
 * What the platforms implement to post the digest (Slack, Discord, the terminal). The scheduler
 * retries any error with backoff, except a PermanentPostError.
 */
export interface DigestPoster {
  post(target: ChannelRef, reply: Reply): Promise<{ messageId: string }>;
}

/**
 * Throw this when retrying cannot help — the channel is gone, the bot was removed, it lacks the
 * right to post. The scheduler then pauses the subscription and shows `message` in /digest status,
 * so write it for the channel's admin: "the bot is no longer a member of this channel".
 */
export class PermanentPostError extends Error {
  override readonly name = 'PermanentPostError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The day's digest for a subscriber's local date ("YYYY-MM-DD") in its zone, or null when there is
 * nothing to say that day. Injected: src/start.ts adapts the timeline digest (src/present/timeline/digest.ts) to it.
 */
export type DigestSource = (localDate: string, timeZone: string) => Reply | null;

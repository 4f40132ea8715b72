/**
 * What the store keeps: digest subscriptions per channel, and one post record per channel per
 * local day (the claim that makes posting exactly-once).
 */

/** A chat channel on one platform: the key of a subscription and the target of a post. */
export interface ChannelRef {
  platform: string;
  channelId: string;
}

export type Cadence = 'weekdays' | 'daily';

/** What to do on a day the digest has nothing to say: post nothing, or a one-line note. */
export type QuietDay = 'quiet' | 'note';

export interface SubscriptionSettings {
  /** Local wall-clock time, "HH:MM", 24-hour. */
  time: string;
  /** IANA time zone name, already validated. */
  timeZone: string;
  cadence: Cadence;
  quietDay: QuietDay;
}

export interface Subscription extends ChannelRef, SubscriptionSettings {
  status: 'active' | 'paused';
  /** Why posting stopped (a permanent failure), shown by /digest status. */
  pausedReason: string | null;
  /**
   * When the current settings took effect. A post due before this is not owed, so subscribing at
   * 10:00 for 09:00 starts tomorrow instead of posting a "late" digest at once.
   */
  activeSince: Date;
  updatedBy: string | null;
  updatedAt: Date;
}

/**
 * claimed → sending → posted is the happy path; a failed attempt goes back to claimed.
 * skipped: a quiet day with nothing posted. failed: retries exhausted or permanent error.
 * unknown: the holder vanished while a send was in flight — it may or may not have arrived.
 */
export type PostState = 'claimed' | 'sending' | 'posted' | 'skipped' | 'failed' | 'unknown';

export interface PostRecord extends ChannelRef {
  id: number;
  /** The subscriber's local day this post is for, YYYY-MM-DD. */
  localDate: string;
  dueAt: Date;
  claimedAt: Date;
  /** The scheduler instance holding the claim. */
  owner: string;
  /** Until when the owner's hold is good; past it another instance may settle the claim. */
  leaseUntil: Date;
  state: PostState;
  late: boolean;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  postedAt: Date | null;
}

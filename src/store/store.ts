import type { FeedbackRecord, VoteInput } from './feedback.js';
import type { ChannelRef, PostRecord, Subscription, SubscriptionSettings } from './types.js';

/** The fields of a new per-day claim (src/schedule/evaluate.ts makes them). */
export interface NewClaim extends ChannelRef {
  localDate: string;
  dueAt: Date;
  late: boolean;
  owner: string;
  now: Date;
  leaseUntil: Date;
}

/** Digest subscriptions per channel. */
export interface SubscriptionStore {
  get(target: ChannelRef): Promise<Subscription | null>;
  list(): Promise<Subscription[]>;
  /** Create or replace a channel's subscription; saving also resumes a paused one. */
  save(target: ChannelRef, settings: SubscriptionSettings, change: { now: Date; by: string | null }): Promise<Subscription>;
  /** Stop posting to a channel until someone subscribes again; `reason` is shown by /digest status. */
  pause(target: ChannelRef, reason: string, now: Date): Promise<Subscription | null>;
  /** True when there was a subscription to remove. Post history stays: it still guards today's post. */
  remove(target: ChannelRef): Promise<boolean>;
}

/**
 * The per-day post records. The claim is one statement decided by the UNIQUE (platform,
 * channel_id, local_date) constraint; every write after it is conditional on the claim's owner and
 * state, so an instance that lost its claim cannot overwrite the record of the one that holds it.
 * Each write resolves to whether it happened.
 */
export interface PostStore {
  get(id: number): Promise<PostRecord | null>;
  /** The most recent local day's record for a channel, whatever its state. */
  latest(target: ChannelRef): Promise<PostRecord | null>;
  list(target: ChannelRef): Promise<PostRecord[]>;
  /** Claim a channel's local day: exactly one of racing instances gets the record, the others null. */
  claim(claim: NewClaim): Promise<PostRecord | null>;
  /** Take over a claim whose holder let its lease run out before any send was in flight. */
  takeOver(id: number, owner: string, late: boolean, now: Date, leaseUntil: Date): Promise<PostRecord | null>;
  /** Written before each send: a crash from here until `posted` leaves `sending`, the ambiguous case. */
  startAttempt(id: number, owner: string, leaseUntil: Date): Promise<boolean>;
  /** The send failed and will be retried: back to `claimed`, held through the backoff wait. */
  attemptFailed(id: number, owner: string, error: string, leaseUntil: Date): Promise<boolean>;
  /** `unknown` is accepted too: a send that outlived its lease still gets its message id recorded. */
  posted(id: number, owner: string, messageId: string, now: Date): Promise<boolean>;
  skipped(id: number, owner: string): Promise<boolean>;
  failed(id: number, owner: string, error: string): Promise<boolean>;
  /** Give the claim up at once (on shutdown, between attempts) so a restart can resume it without waiting. */
  release(id: number, owner: string, now: Date): Promise<boolean>;
  /** Settle a claim whose holder vanished mid-send: never re-sent, reported instead. */
  markUnknown(id: number, now: Date, note: string): Promise<boolean>;
  /** Settle an earlier day's claim whose holder vanished before sending: that day is over. */
  abandon(id: number, now: Date, note: string): Promise<boolean>;
}

/** Button actions kept under a short id (Discord's 100-character custom_id), dropped after KEEP_DAYS. */
export interface ButtonActionStore {
  /** Keep an action; false when the database could not take it now (the caller still has it in memory). */
  save(id: string, action: string, now: Date): Promise<boolean>;
  find(id: string): Promise<string | null>;
}

/** 👍/👎 on answers: one vote per person per answer, voters kept as a salted hash. */
export interface FeedbackStore {
  /** Record a vote; says whether it is the person's first on this answer or replaced an earlier one. */
  record(input: VoteInput): Promise<'recorded' | 'replaced'>;
  /** Votes cast at or after `from` (all of them by default), oldest first. */
  list(from?: Date): Promise<FeedbackRecord[]>;
}

/** The last question of each thread or DM, for follow-ups, forgotten after CONVERSATION_HOURS. */
export interface ConversationStore {
  earlier(platform: string, conversationId: string, now: Date): Promise<string | null>;
  remember(platform: string, conversationId: string, question: string, now: Date): Promise<void>;
}

/** Which engine, and the variable that chose it: every error and log line about the store names it. */
export type StoreKind = 'sqlite' | 'postgres';

/**
 * Everything the bot keeps, behind one asynchronous interface with two implementations: SQLite at
 * DATABASE_PATH for one machine (src/store/sqlite/), PostgreSQL at DATABASE_URL for several
 * replicas (src/store/postgres/). The same test suites run against both (test/store/).
 */
export interface Store {
  readonly kind: StoreKind;
  /** The SQLite file, or the PostgreSQL URL without its password: for logs and error messages. */
  readonly path: string;
  /** DATABASE_PATH or DATABASE_URL. */
  readonly variable: 'DATABASE_PATH' | 'DATABASE_URL';
  readonly subscriptions: SubscriptionStore;
  readonly posts: PostStore;
  /** Actions behind buttons too long to carry them (Discord's 100-character custom_id). */
  readonly buttonActions: ButtonActionStore;
  /** 👍/👎 on answers. */
  readonly feedback: FeedbackStore;
  /** The last question of each thread or DM, for follow-ups. */
  readonly conversations: ConversationStore;
  close(): Promise<void>;
}

/**
 * What the load run's two processes tell each other over Node's IPC channel: the client (Slack's
 * side) says where its Web API stand-in listens, the bench (the bot's side) says where the bot
 * listens and what to ask, and the client answers with what it measured.
 */

/** Client → bench, first: the bot's Web API calls go here. */
export interface ClientReady {
  apiPort: number;
}

/** Bench → client: where the bot listens, how many requests a burst sends, and the questions. */
export interface RunOrder {
  botPort: number;
  count: number;
  secret: string;
  questions: string[];
}

/** The slash-command burst: acks, and how many answers reached their response_url. */
export interface CommandBurst {
  acks: number[];
  answered: number;
  allAnsweredMs: number;
}

/** The mention burst: acks, and the chat.postMessage calls counted per (channel, thread_ts). */
export interface MentionBurst {
  acks: number[];
  /** Mentions with at least one answer in their own thread. */
  answered: number;
  /** Mentions with exactly one answer in their own thread. */
  answeredOnce: number;
  /** Answers beyond the first in a mention's thread. */
  duplicates: number;
  /** Posts anywhere but the thread of a mention of this burst. */
  elsewhere: number;
  allAnsweredMs: number;
}

/** Client → bench, last. */
export interface ClientResults {
  commands: CommandBurst;
  mentions: MentionBurst;
}

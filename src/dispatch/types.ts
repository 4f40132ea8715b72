import type { Knowledge } from '../knowledge/knowledge.js';
import type { Reply } from '../present/types.js';
import type { DigestSource } from '../schedule/poster.js';
import type { PostStore, SubscriptionStore } from '../store/store.js';

/**
 * A slash command, platform-neutral. Everything that describes commands to a platform (Slack
 * manifest, Discord registration, help text, usage hints) is derived from these definitions.
 */
export interface OptionSpec {
  name: string;
  description: string;
  type: 'string' | 'integer';
  required?: boolean;
  /** Takes the rest of the typed text (a question, a term): only the last option may. */
  rest?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  /** Not typed in chat, not shown in chat help nor registered: set by buttons, or by a CLI flag. */
  hidden?: boolean;
  /** Allowed values, for options that are a choice ("subscribe", "status"…). */
  choices?: readonly string[];
  /** The value the command uses when the option is left out; shown in help (the CLI's too). */
  default?: string | number;
  /** Platforms that complete typing (Discord) offer suggestions from this source. */
  autocomplete?: 'glossary';
}

export const OPTION_TYPES = ['string', 'integer'] as const satisfies readonly OptionSpec['type'][];

export type OptionValues = Record<string, string | number | undefined>;

/** Where a command was typed. */
export type PlatformName = 'terminal' | 'cli' | 'slack' | 'discord';

/**
 * What /digest needs from the running bot, carried on CommandContext as `services`. Absent where
 * no store is open (a one-shot CLI run); the command then says so.
 */
export interface DigestServices {
  store: {
    subscriptions: Pick<SubscriptionStore, 'get' | 'save' | 'remove'>;
    posts: Pick<PostStore, 'latest'>;
  };
  /** Today's digest for a zone: the same function the scheduler posts with, so a preview is exact. */
  digest: DigestSource;
}

export interface CommandContext {
  knowledge: Knowledge;
  /** The clock, injected: core code never reads the time itself. */
  now: () => Date;
  platform: PlatformName;
  user: { id: string; name: string };
  channelId: string;
  /** May this user change channel settings (digest subscriptions)? Filled in by the platform. */
  isAdmin: boolean;
  /** Who may, in the platform's own terms ("workspace admins and owners"), for a refusal to name. */
  adminRule?: string;
  /** Every registered command, for /help. */
  commands: readonly Command[];
  /** The store and the digest composer, where the bot runs with its database (not one-shot CLI runs). */
  services?: DigestServices;
  /** The thread or DM the command was written in, where the bot remembers its last question. */
  conversation?: ConversationMemory;
}

/**
 * The last question of one conversation (a thread, a DM, the terminal chat). Failures to read or
 * keep it are the dispatcher's to log: a command sees no memory rather than an error.
 */
export interface ConversationMemory {
  earlier(): Promise<string | null>;
  remember(question: string): Promise<void>;
}

export interface Command {
  name: string;
  description: string;
  options: readonly OptionSpec[];
  /** One or two examples of real use, shown in help and usage hints. */
  examples: readonly string[];
  /**
   * The command reads `context.isAdmin` (e.g. /digest subscribe). Platforms look the user's rights
   * up only for these commands, since that can cost an API call.
   */
  checksAdmin?: boolean;
  run(options: OptionValues, context: CommandContext): Reply | Promise<Reply>;
}

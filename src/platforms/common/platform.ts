import type { Knowledge } from '../../knowledge/knowledge.js';
import type { PinoLogger } from '../../shared/log.js';
import type { DigestPoster } from '../../schedule/poster.js';
import type { ButtonActionStore, PostStore, SubscriptionStore } from '../../store/store.js';
import type { Dispatcher } from '../../dispatch/dispatcher.js';

/** What serve.ts gives each chat platform: the shared command path, the log, and who else is an admin. */
export interface PlatformDeps {
  dispatcher: Dispatcher;
  /** For what is not a command: /acronym's autocomplete reads the glossary directly. */
  knowledge: Knowledge;
  logger: PinoLogger;
  /** BRIEFBOT_ADMINS: user ids that may change any channel's digest, on top of the platform's admins. */
  admins: ReadonlySet<string>;
  /** Where actions too long for a button are kept (Discord), so the button works after a restart. */
  buttonActions?: ButtonActionStore;
  /** The digest subscriptions and their last posts, for pages that list them outside a command (Slack's App Home). */
  digests?: { subscriptions: Pick<SubscriptionStore, 'list'>; posts: Pick<PostStore, 'latest'> };
  /** The clock, injected as everywhere else (docs/ARCHITECTURE.md, "Side effects are injected"). */
  now?: () => Date;
}

/** A connected platform: its digest poster for the scheduler, and how to disconnect. */
export interface RunningPlatform {
  name: 'slack' | 'discord';
  poster: DigestPoster;
  stop(): Promise<void>;
}

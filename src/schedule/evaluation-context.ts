import type { Store } from '../store/open.js';
import type { Clock } from './clock.js';
import type { Logger } from '../shared/logger.js';
import type { SchedulePolicy } from './policy.js';
import type { DigestPoster, DigestSource } from './poster.js';
import type { Reply } from '../present/types.js';

/** Everything an evaluation needs, handed down by the Scheduler. */
export interface EvaluationContext {
  store: Store;
  poster: DigestPoster;
  digest: DigestSource;
  quietNote: Reply;
  logger: Logger;
  clock: Clock;
  policy: SchedulePolicy;
  /** This scheduler instance's id, the owner of its claims. */
  owner: string;
  /** Aborted by Scheduler.stop(): a backoff wait ends and the claim is released. */
  signal: AbortSignal;
}

/** How one evaluation ended, for logs and tests. */
export type Outcome =
  | 'inactive'
  | 'waiting'
  | 'busy'
  | 'settled'
  | 'posted'
  | 'skipped'
  | 'failed'
  | 'paused'
  | 'stopped';

import type { DigestSource } from '../schedule/poster.js';
import type { Store } from './open.js';

/**
 * What /digest needs from the running bot, carried on CommandContext as `services`. Absent where
 * no store is open (a one-shot CLI run); the command then says so.
 */
export interface DigestServices {
  store: Store;
  /** Today's digest for a zone: the same function the scheduler posts with, so a preview is exact. */
  digest: DigestSource;
}

import { text } from '../build.js';
import type { Reply } from '../types.js';

/** The one-line note for a channel that chose `note` on a day the digest has nothing to say. */
export function quietNote(): Reply {
  return { blocks: [text('Nothing on the timeline today or in the coming week.')], visibility: 'public' };
}

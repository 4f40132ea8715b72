import { notice, text } from './build.js';
import type { Reply } from './types.js';

/** The replies of the command path itself, the same on every surface. */

export function slowDownReply(retryAfterMs: number): Reply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return {
    blocks: [notice('info', `You’re sending commands faster than I can keep up with. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`)],
    visibility: 'ephemeral',
    personal: true,
  };
}

/** A command threw: the user gets an apology and the id under which the details were logged. */
export function apologyReply(command: string, errorId: string): Reply {
  return {
    visibility: 'ephemeral',
    personal: true,
    blocks: [
      notice('error', `Sorry — something went wrong while answering /${command}.`),
      text(`Please try again. If it keeps happening, tell whoever runs briefbot: error id ${errorId}.`),
    ],
  };
}

/** A button whose action cannot be read any more (made by an older version, or tampered with). */
export function staleButtonReply(): Reply {
  return { blocks: [notice('info', 'That button no longer works — run the command again.')], visibility: 'ephemeral', personal: true };
}

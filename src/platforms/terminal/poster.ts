import type { Writable } from 'node:stream';
import type { Reply } from '../../reply/types.js';
import type { DigestPoster } from '../../schedule/poster.js';
import type { ChannelRef } from '../../store/types.js';
import { renderReply } from './render.js';

/**
 * The terminal chat's side of the digest: a subscription made in the terminal posts into the
 * chat while it is open. Other platforms' subscriptions are not this process's to post; the
 * scheduler retries those and logs why (they post from a process connected to that platform).
 */
export function terminalPoster(output: Writable, color: boolean): DigestPoster {
  let posted = 0;
  return {
    async post(target: ChannelRef, reply: Reply) {
      if (target.platform !== 'terminal') throw new Error(`no ${target.platform} connection in this process`);
      output.write(`\n${renderReply({ ...reply, title: reply.title ?? 'Daily digest' }, { color })}\n\n`);
      posted += 1;
      return { messageId: `terminal-${posted}` };
    },
  };
}

import type { Writable } from 'node:stream';
import type { Reply } from '../../present/types.js';
import type { DigestPoster } from '../../schedule/poster.js';
import type { ChannelRef } from '../../store/types.js';
import { renderReply } from './render.js';

/**
 * The terminal chat's side of the digest: a subscription made in the terminal posts into the
 * chat while it is open. It is routed only terminal subscriptions (schedule/route-poster.ts).
 */
export function terminalPoster(output: Writable, color: boolean): DigestPoster {
  let posted = 0;
  return {
    async post(_target: ChannelRef, reply: Reply) {
      output.write(`\n${renderReply({ ...reply, title: reply.title ?? 'Daily digest' }, { color })}\n\n`);
      posted += 1;
      return { messageId: `terminal-${posted}` };
    },
  };
}

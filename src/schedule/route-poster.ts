import type { ChannelRef } from '../store/types.js';
import type { DigestPoster } from './poster.js';

/**
 * One poster for the scheduler that hands each post to its subscription's platform. A platform
 * not connected in this process gets an ordinary (retried) error: another process connected to it,
 * sharing the database, may post it instead, and the log says why this one did not.
 */
export function routePoster(posters: Readonly<Record<string, DigestPoster>>): DigestPoster {
  return {
    post(target: ChannelRef, reply) {
      const poster = posters[target.platform];
      if (!poster) return Promise.reject(new Error(`no ${target.platform} connection in this process`));
      return poster.post(target, reply);
    },
  };
}

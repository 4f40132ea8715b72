import { Routes, type REST, type RESTPostAPIChannelMessageJSONBody, type RESTPostAPIChannelMessageResult } from 'discord.js';
import type { Reply } from '../../present/types.js';
import { PermanentPostError, type DigestPoster } from '../../schedule/poster.js';
import type { ChannelRef } from '../../store/types.js';
import { NO_MENTIONS } from './message.js';
import { renderEmbeds } from './render.js';
import { permanentReason } from './rest-errors.js';

/**
 * Posts the digest to a channel through the client's REST (POST /channels/{id}/messages). A refusal
 * no retry can fix becomes a PermanentPostError, which pauses the subscription with the reason for
 * the channel's admin; anything else is rethrown for the scheduler to retry.
 */
export function discordPoster(rest: REST): DigestPoster {
  return {
    async post(target: ChannelRef, reply: Reply) {
      const body: RESTPostAPIChannelMessageJSONBody = { embeds: renderEmbeds(reply), allowed_mentions: NO_MENTIONS };
      try {
        const message = (await rest.post(Routes.channelMessages(target.channelId), { body })) as RESTPostAPIChannelMessageResult;
        return { messageId: message.id };
      } catch (error) {
        const reason = permanentReason(error);
        if (reason) throw new PermanentPostError(reason, { cause: error });
        throw error;
      }
    },
  };
}

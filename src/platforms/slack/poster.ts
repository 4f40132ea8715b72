import { webApi } from '@slack/bolt';
import { replyButtons } from '../../dispatch/dispatcher.js';
import type { Reply } from '../../present/types.js';
import { PermanentPostError, type DigestPoster } from '../../schedule/poster.js';
import type { ChannelRef } from '../../store/types.js';
import { renderMessage } from './render.js';

/**
 * Slack's answers to chat.postMessage that no retry can change, each explained for the channel's
 * admin: the scheduler pauses the subscription and /digest status shows this text.
 */
function permanentReasons(bot: string): Record<string, string> {
  const invite = `invite it with /invite @${bot}, then resume with /digest subscribe`;
  const token = 'Slack no longer accepts the bot’s token (the app may have been removed or reinstalled): update SLACK_BOT_TOKEN and restart the bot';
  return {
    not_in_channel: `the bot is not a member of this channel: ${invite}`,
    channel_not_found: `Slack cannot find this channel for the bot (deleted, or private and the bot was never added): ${invite}`,
    is_archived: 'the channel is archived: unarchive it, then resume with /digest subscribe',
    invalid_auth: token,
    not_authed: token,
    account_inactive: token,
    token_revoked: token,
    token_expired: token,
    missing_scope: 'the app lacks the chat:write permission: reinstall it from its manifest (briefbot slack-manifest)',
    restricted_action: 'the workspace does not let the bot post in this channel: ask a workspace admin to allow it',
    restricted_action_read_only_channel: 'the channel is read-only for the bot: ask a channel manager to let it post',
    restricted_action_thread_only_channel: 'the channel accepts posts only in threads, and the digest is a new message',
    ekm_access_denied: 'the workspace’s Enterprise Key Management refused the post: ask a workspace admin',
    team_access_not_granted: 'the app is not allowed in this workspace of the organisation: ask an org admin to add it',
  };
}

function slackErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== webApi.ErrorCode.PlatformError) return null;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : null;
}

/**
 * Posts a digest as a new channel message. Links in it are not unfurled: a digest with three
 * paper links would otherwise grow three previews. Failures Slack calls final become a
 * PermanentPostError; anything else (network, rate limit, Slack's own outage) is rethrown for the
 * scheduler to retry.
 */
export function slackPoster(client: webApi.WebClient, botName = 'briefbot'): DigestPoster {
  const reasons = permanentReasons(botName);
  return {
    async post(target: ChannelRef, reply: Reply) {
      // The reply's own buttons keep working in the channel: pressing one answers the presser alone.
      const message = renderMessage(reply, replyButtons(reply));
      try {
        const result = await client.chat.postMessage({ channel: target.channelId, ...message, unfurl_links: false, unfurl_media: false });
        if (!result.ts) throw new Error('chat.postMessage answered without a message ts');
        return { messageId: result.ts };
      } catch (error) {
        const code = slackErrorCode(error);
        const reason = code ? reasons[code] : undefined;
        if (reason) throw new PermanentPostError(reason, { cause: error });
        throw error;
      }
    },
  };
}

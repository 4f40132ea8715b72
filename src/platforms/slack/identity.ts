import { webApi } from '@slack/bolt';
import { ConfigError } from '../../config/error.js';

export interface SlackIdentity {
  /** The bot's user id and bot id, which Bolt would otherwise look up itself. */
  userId: string;
  botId: string;
  /** The bot's name in the workspace, for "/invite @name" advice. */
  name: string;
  team: string | null;
}

/**
 * auth.test once at start, so that a wrong or revoked token stops the bot with a clear message
 * instead of failing on the first command (Bolt would call it lazily, and an error there would
 * surface as an unhandled rejection).
 */
export async function signIn(client: webApi.WebClient, apiUrl: string): Promise<SlackIdentity> {
  let result: webApi.AuthTestResponse;
  try {
    result = await client.auth.test();
  } catch (error) {
    const data = (error as { code?: string; data?: { error?: string } }).data;
    if ((error as { code?: string }).code === webApi.ErrorCode.PlatformError) {
      throw new ConfigError(
        `Slack refused SLACK_BOT_TOKEN (${data?.error ?? 'unknown error'}): copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions, and check that the app is installed in the workspace.`,
      );
    }
    throw new Error(`could not reach the Slack Web API at ${apiUrl}: ${(error as Error).message}. Check the network, or SLACK_API_URL if it is set.`, { cause: error });
  }
  if (!result.user_id || !result.bot_id) {
    throw new ConfigError('SLACK_BOT_TOKEN belongs to no bot user (auth.test named none): use the Bot User OAuth Token (xoxb-…).');
  }
  return { userId: result.user_id, botId: result.bot_id, name: result.user ?? 'briefbot', team: result.team ?? null };
}

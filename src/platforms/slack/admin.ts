import type { webApi } from '@slack/bolt';
import type { PinoLogger } from '../../shared/log.js';

/** The rule below in the words a refusal uses. */
export const SLACK_ADMIN_RULE = 'workspace admins and owners';

/**
 * Who may change a channel's digest: the people named in BRIEFBOT_ADMINS, and the workspace's
 * admins and owners as Slack reports them (users.info). Asked only for the commands that check it.
 * When Slack cannot be asked, the answer is no: the user is told they cannot change the setting,
 * which is safer than letting anyone change it while the API is down.
 */
export function adminCheck(client: webApi.WebClient, admins: ReadonlySet<string>, logger: PinoLogger): (userId: string) => Promise<boolean> {
  return async (userId) => {
    if (admins.has(userId)) return true;
    try {
      const { user } = await client.users.info({ user: userId });
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (error) {
      logger.warn({ user: userId, err: error }, 'users.info failed: treating the user as not an admin');
      return false;
    }
  };
}

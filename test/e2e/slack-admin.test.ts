import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedDigest } from '../schedule/fakes.js';
import { tempStores } from '../store/temp-store.js';
import { platformDeps } from '../support/platform-deps.js';
import { SlackHarness, type Mode } from './fakes/slack-harness.js';
import { sectionTexts as texts } from './fakes/slack-blocks.js';

/** Who may change a channel's digest: Slack's admins and owners, and BRIEFBOT_ADMINS. */


describe.each<Mode>(['socket', 'http'])('/digest subscribe rights in %s mode', (mode) => {
  const stores = tempStores();
  let slack: SlackHarness;

  beforeAll(async () => {
    const services = { store: stores.open(), digest: namedDigest };
    slack = await SlackHarness.start(mode, platformDeps({ services, admins: ['U_LISTED'] }));
    slack.api.users.set('U_MEMBER', { name: 'member', is_admin: false });
    slack.api.users.set('U_ADMIN', { name: 'admin', is_admin: true });
    slack.api.users.set('U_OWNER', { name: 'owner', is_owner: true });
  });
  afterAll(async () => {
    await slack.stop();
    stores.cleanup();
  });

  const subscribe = async (user: string, channel: string) =>
    texts((await slack.command('digest', 'subscribe 09:00 Asia/Tokyo weekdays', { id: user, name: user.toLowerCase() }, channel)).response.body);

  it('refuses a member who is not an admin, and saves nothing', async () => {
    expect(await subscribe('U_MEMBER', 'C_MEMBER')).toEqual([
      'Only workspace admins and owners can change this channel’s digest subscription (and anyone the bot’s operator lists in BRIEFBOT_ADMINS).',
      'You can still see it with /digest status, and today’s digest with /digest preview.',
    ]);
    expect(slack.api.callsOf('users.info').map((call) => call.params.user)).toContain('U_MEMBER');
    expect(texts((await slack.command('digest', 'status', { id: 'U_MEMBER', name: 'member' }, 'C_MEMBER')).response.body)[0]).toBe(
      'This channel has no digest subscription.',
    );
  });

  it('lets a workspace admin or owner subscribe the channel', async () => {
    expect((await subscribe('U_ADMIN', 'C_ADMIN'))[0]).toBe('Subscribed: this channel gets the digest at 09:00 Asia/Tokyo, on weekdays (Monday to Friday); on a day with nothing to say, a one-line note.');
    expect((await subscribe('U_OWNER', 'C_OWNER'))[0]).toMatch(/^Subscribed: /);
  });

  it('lets a user named in BRIEFBOT_ADMINS subscribe without asking Slack', async () => {
    expect((await subscribe('U_LISTED', 'C_LISTED'))[0]).toMatch(/^Subscribed: /);
    expect(slack.api.callsOf('users.info').map((call) => call.params.user)).not.toContain('U_LISTED');
  });

  it('refuses when Slack cannot say who is an admin, and logs why', async () => {
    slack.api.usersInfoError = 'fatal_error';
    expect((await subscribe('U_ADMIN', 'C_OUTAGE'))[0]).toBe('Only workspace admins and owners can change this channel’s digest subscription (and anyone the bot’s operator lists in BRIEFBOT_ADMINS).');
    slack.api.usersInfoError = null;
    expect(slack.log.lines.find((line) => line.msg === 'users.info failed: treating the user as not an admin' && line.user === 'U_ADMIN')).toMatchObject({ level: 40 });
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { platformDeps } from '../support/platform-deps.js';
import { tempStores } from '../store/temp-store.js';
import { SECRETS, SlackHarness, type Mode } from './fakes/slack-harness.js';
import { SlackConversations } from './fakes/slack-conversation.js';
import { buttonLabels, contextTexts, headerText as header, sectionTexts } from './fakes/slack-blocks.js';

/** Talking to the bot in Slack without a slash command: @-mentions and direct messages, through real Bolt. */

const HELP = 'briefbot: cited answers from US–Japan economic security papers';

describe.each<Mode>(['socket', 'http'])('Slack mentions and direct messages in %s mode', (mode) => {
  let slack: SlackHarness;
  let chat: SlackConversations;
  const stores = tempStores();
  const store = stores.open();

  beforeAll(async () => {
    slack = await SlackHarness.start(mode, platformDeps({ secrets: Object.values(SECRETS), now: () => new Date('2026-11-22T09:00:00Z'), memory: store }));
    chat = new SlackConversations(slack);
  });
  afterAll(async () => {
    await slack.stop();
    stores.cleanup();
  });

  /** Nothing was posted for these, checked once a later message has been answered: answers go out in the order asked. */
  async function expectIgnored(channel: string): Promise<void> {
    const sentinel = await chat.mention('what is METI', { channel: 'C_SENTINEL' });
    await sentinel.answer();
    expect(slack.api.posts.filter((post) => post.channel === channel)).toEqual([]);
    expect(slack.log.lines.filter((line) => line.msg === 'command answered' && line.channel === channel)).toEqual([]);
  }

  it('a mention in a channel: acknowledged at once, answered once in a thread under it, for everyone, with the cited excerpts', async () => {
    const sent = await chat.mention('what is JUCIP');
    if (mode === 'http') expect(sent.ack).toEqual({ status: 200, body: '' });
    else expect(sent.ack.payload ?? {}).toEqual({});
    const post = await sent.answer();
    expect(post.channel).toBe('C_GENERAL');
    expect(post.params.thread_ts).toBe(sent.ts);
    expect(header(post)).toBe('From the papers: what is JUCIP');
    expect(sectionTexts(post)[0]).toMatch(/^“The Japan-United States .*\(\*JUCIP\*\) is the primary mechanism .* between DOC and METI\.”$/);
    expect(contextTexts(post)[0]).toMatch(/^Erik M\. Jacobs, “US-Japan Economic Security Coordination Update”.*, passage 6$/);
    // Already public: no Share; More stays.
    expect(buttonLabels(post)).toEqual(['More results', '👍', '👎']);
    expect(post.params).toMatchObject({ unfurl_links: 'false', unfurl_media: 'false' });
    expect(chat.postsIn('C_GENERAL', sent.ts)).toHaveLength(1);
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ msg: 'command answered', platform: 'slack', command: 'ask', user: 'U_ALICE', channel: 'C_GENERAL', input: 'text' }));
  });

  it('a mention inside a thread is answered in that thread', async () => {
    const thread = chat.nextTs();
    const sent = await chat.mention('who blocked the Nippon Steel deal', { threadTs: thread });
    const post = await sent.answer();
    expect(post.params.thread_ts).toBe(thread);
    expect(header(post)).toBe('From the papers: who blocked the Nippon Steel deal');
    expect(chat.postsIn('C_GENERAL', sent.ts)).toEqual([]);
  });

  it('"@briefbot acronym JUCIP" runs /acronym', async () => {
    const post = await (await chat.mention('acronym JUCIP')).answer();
    expect(header(post)).toBe('JUCIP: Japan-U.S. Commercial and Industrial Partnership');
    expect(contextTexts(post).some((text) => text.startsWith('Kurt W. Tong, “Configuring the U.S.-Japan Alliance'))).toBe(true);
  });

  it('a mention with nothing else gets the help', async () => {
    const post = await (await chat.mention('')).answer();
    expect(header(post)).toBe(HELP);
  });

  it('a direct message is a question, answered in the DM', async () => {
    const user = { id: 'U_DM', name: 'dm' };
    const sent = await chat.direct('what is JUCIP', { user });
    if (mode === 'http') expect(sent.ack).toEqual({ status: 200, body: '' });
    const post = await sent.answer();
    expect(post.channel).toBe('D_U_DM');
    expect(post.params.thread_ts).toBeUndefined();
    expect(header(post)).toBe('From the papers: what is JUCIP');
    expect(buttonLabels(post)).toEqual(['More results', '👍', '👎']);
  });

  it('a direct message may be a slash-style command', async () => {
    const post = await (await chat.direct('/upcoming 30', { user: { id: 'U_DM2', name: 'dm2' } })).answer();
    expect(header(post)).toBe('Coming up, 22 Nov 2026 to 21 Dec 2026 (UTC)');
  });

  /** The blocks of the chat.update calls on this message so far, as the fake received them. */
  const updatesOf = (post: { channel: string; ts: string }) =>
    slack.api.callsOf('chat.update').filter((call) => call.params.channel === post.channel && call.params.ts === post.ts);

  it('More under a threaded answer updates that answer in place (chat.update), and Back turns it back', async () => {
    const sent = await chat.mention('what is JUCIP');
    const first = await sent.answer();
    const ack = await chat.press(first, 'More results', { id: 'U_BOB', name: 'bob' });
    if (mode === 'http') expect(ack).toEqual({ status: 200, body: '' });
    await vi.waitFor(() => expect(updatesOf(first)).toHaveLength(1), { timeout: 15_000 });
    const second = { ...first, blocks: JSON.parse(updatesOf(first)[0]!.params.blocks!) as typeof first.blocks };
    expect(contextTexts(second).length).toBeGreaterThan(0);
    expect(sectionTexts(second)[0]).not.toBe(sectionTexts(first)[0]);
    expect(buttonLabels(second)).toEqual(['Back', 'More results', '👍', '👎']);
    // One message in the thread, and nothing went to the response_url: the page is the thread's.
    expect(chat.postsIn('C_GENERAL', sent.ts)).toHaveLength(1);
    expect(slack.responses.responses.filter((response) => response.id.startsWith('conversation-button-'))).toEqual([]);
    await chat.press(second, 'Back', { id: 'U_BOB', name: 'bob' });
    await vi.waitFor(() => expect(updatesOf(first)).toHaveLength(2), { timeout: 15_000 });
    expect(JSON.parse(updatesOf(first)[1]!.params.blocks!)).toEqual(first.blocks);
  });

  it('More under an answer in a DM updates it in place', async () => {
    const user = { id: 'U_DM3', name: 'dm3' };
    const first = await (await chat.direct('what is JUCIP', { user })).answer();
    await chat.press(first, 'More results', user);
    await vi.waitFor(() => expect(updatesOf(first)).toHaveLength(1), { timeout: 15_000 });
    expect(sectionTexts({ blocks: JSON.parse(updatesOf(first)[0]!.params.blocks!) })[0]).not.toBe(sectionTexts(first)[0]);
    expect(chat.postsIn('D_U_DM3')).toHaveLength(1);
  });

  it('when Slack refuses the update (the answer was deleted), the page is posted in the thread instead', async () => {
    const sent = await chat.mention('what is JUCIP', { channel: 'C_DELETED' });
    const first = await sent.answer();
    slack.api.methodErrors.set('chat.update', ['message_not_found']);
    await chat.press(first, 'More results');
    await vi.waitFor(() => expect(chat.postsIn('C_DELETED', sent.ts)).toHaveLength(2), { timeout: 15_000 });
    expect(sectionTexts(chat.postsIn('C_DELETED', sent.ts)[1]!)[0]).not.toBe(sectionTexts(first)[0]);
    expect(slack.log.lines.some((line) => line.msg === 'could not update the answer in place; posting the page instead' && line.slackError === 'message_not_found')).toBe(true);
  });

  it.each([
    ['the bot’s own message in its DM', { type: 'message', channel_type: 'im', channel: 'D_SELF', user: 'UBOT', bot_id: 'BBOT', text: 'what is JUCIP', ts: '1800000100.000001' }],
    ['the bot’s own bot_message', { type: 'message', subtype: 'bot_message', channel_type: 'im', channel: 'D_SELF2', bot_id: 'BBOT', text: 'what is JUCIP', ts: '1800000100.000002' }],
    ['another bot’s DM', { type: 'message', channel_type: 'im', channel: 'D_OTHERBOT', user: 'U_OTHERBOT', bot_id: 'B_OTHER', text: 'what is JUCIP', ts: '1800000100.000003' }],
    ['another bot’s mention', { type: 'app_mention', channel: 'C_BOTS', user: 'U_OTHERBOT', bot_id: 'B_OTHER', text: '<@UBOT> what is JUCIP', ts: '1800000100.000004' }],
    [
      'an edit (message_changed)',
      { type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D_EDIT', ts: '1800000100.000005', message: { type: 'message', user: 'U_ALICE', text: 'what is JUCIP', ts: '1800000100.000000' } },
    ],
    ['a deletion', { type: 'message', subtype: 'message_deleted', channel_type: 'im', channel: 'D_DELETE', ts: '1800000100.000006', deleted_ts: '1800000100.000000' }],
    ['a channel_join', { type: 'message', subtype: 'channel_join', channel_type: 'im', channel: 'D_JOIN', user: 'U_ALICE', text: 'joined', ts: '1800000100.000007' }],
  ])('ignores %s: no post, no command run', async (_name, event) => {
    const ack = await chat.deliver(event);
    if (mode === 'http') expect(ack).toEqual({ status: 200, body: '' });
    await expectIgnored(event.channel);
  });

  it('the same event delivered twice (Slack retrying) is answered once', async () => {
    const ts = chat.nextTs();
    const event = { type: 'app_mention', user: 'U_ALICE', text: '<@UBOT> what is METI', ts, channel: 'C_RETRY', event_ts: ts };
    await chat.deliver(event, 'Ev_RETRIED');
    await chat.postIn('C_RETRY', ts);
    await chat.deliver(event, 'Ev_RETRIED');
    await expectIgnored('C_NONE');
    expect(chat.postsIn('C_RETRY', ts)).toHaveLength(1);
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'ignored an event delivered again', eventId: 'Ev_RETRIED' }));
  });

  it('what a mention asks pings no one when the answer quotes it', async () => {
    const post = await (await chat.mention('<!channel> <!here> @everyone <@U123> what is *JUCIP* <!subteam^S1>')).answer();
    expect(header(post)).toBe('From the papers: what is *JUCIP*');
    const sent = slack.everythingSent();
    for (const raw of ['<!channel>', '<!here>', '<@U123>', '@everyone', '<!subteam']) expect(sent).not.toContain(raw);
  });

  it('a channel the bot may not post in: a log line naming Slack’s reason, and the bot carries on', async () => {
    slack.api.postErrors.push('not_in_channel');
    await chat.mention('what is JUCIP', { channel: 'C_LOCKED' });
    await vi.waitFor(() => expect(slack.log.lines.some((line) => line.msg === 'could not post the reply in the conversation')).toBe(true), { timeout: 15_000 });
    expect(slack.log.lines.find((line) => line.msg === 'could not post the reply in the conversation')).toMatchObject({ level: 50, channel: 'C_LOCKED', slackError: 'not_in_channel', command: 'ask' });
    expect(header(await (await chat.mention('what is JUCIP')).answer())).toBe('From the papers: what is JUCIP');
    expect(slack.log.raw.join('\n')).not.toContain(SECRETS.botToken);
  });

  it('a follow-up in the thread is read with the question before it, and says so', async () => {
    const thread = chat.nextTs();
    await (await chat.mention('what is JUCIP', { threadTs: thread, channel: 'C_FOLLOW' })).answer();
    await chat.mention('when was it launched', { threadTs: thread, channel: 'C_FOLLOW' });
    await vi.waitFor(() => expect(chat.postsIn('C_FOLLOW', thread)).toHaveLength(2), { timeout: 15_000 });
    const followUp = chat.postsIn('C_FOLLOW', thread)[1]!;
    expect(sectionTexts(followUp)[0]).toBe('Read with your earlier question: what is JUCIP');
    expect(sectionTexts(followUp).join('\n')).toMatch(/first \*?launched\*? the group in November/);
  });

  it('👎 under a threaded answer is kept, and the thanks goes to the voter alone (chat.postEphemeral), not to the thread', async () => {
    const sent = await chat.mention('what is METI', { channel: 'C_VOTE' });
    const answer = await sent.answer();
    await chat.press(answer, '👎', { id: 'U_CAROL', name: 'carol' });
    await vi.waitFor(() => expect(slack.api.callsOf('chat.postEphemeral')).toHaveLength(1), { timeout: 15_000 });
    const thanks = slack.api.callsOf('chat.postEphemeral')[0]!.params;
    expect(thanks).toMatchObject({ channel: 'C_VOTE', user: 'U_CAROL', thread_ts: sent.ts });
    expect(thanks.text).toMatch(/Thanks/);
    expect(chat.postsIn('C_VOTE', sent.ts)).toHaveLength(1);
    const votes = await store.feedback.list();
    expect(votes).toContainEqual(expect.objectContaining({ question: 'what is METI', vote: 'bad', platform: 'slack' }));
  });
});

import type { Acked, SlackHarness, SlackUser } from './slack-harness.js';
import { ALICE } from './slack-harness.js';
import { buttons } from './slack-blocks.js';
import type { PostedMessage } from './slack-web-api.js';

/** A message event sent to the bot: how Slack acknowledged it, and where its answer should land. */
export interface SentMessage {
  ack: Acked;
  /** The message's own ts (a mention's thread starts there when it is not in one already). */
  ts: string;
  /** The first post in the channel and thread the answer belongs to. */
  answer: () => Promise<PostedMessage>;
}

export interface MessageOptions {
  user?: SlackUser;
  channel?: string;
  /** Written inside this thread. */
  threadTs?: string;
}

/**
 * Slack's Events API as the bot receives it, in either mode: event_callback bodies delivered as
 * Socket Mode `events_api` envelopes or as signed JSON POSTs to /slack/events (docs.slack.dev,
 * "The Events API"), and presses of the buttons on the messages the bot posted with
 * chat.postMessage, with the container and message Slack puts in those payloads.
 */
/** Shared by every instance in a test file, so that no two messages get the same ts or event_id. */
let sent = 0;

export class SlackConversations {

  constructor(private readonly slack: SlackHarness) {}

  /** Any event, wrapped in an event_callback as Slack sends it; resolves with the ack. */
  deliver(event: Record<string, unknown>, eventId = `Ev${++sent}`): Promise<Acked> {
    const body = {
      token: 'legacy-verification-token',
      team_id: 'T1',
      api_app_id: 'A1',
      event,
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    };
    const { socket } = this.slack;
    if (socket) return socket.send('events_api', body);
    return this.slack.post(JSON.stringify(body), { contentType: 'application/json' });
  }

  /** A fresh message ts, far from the bot's own posts' (1700000000 + n). */
  nextTs(): string {
    return `1800000000.${String(++sent).padStart(6, '0')}`;
  }

  /** "@briefbot <text>" in a channel (at the top, or in a thread). */
  async mention(words: string, options: MessageOptions = {}): Promise<SentMessage> {
    const { user = ALICE, channel = 'C_GENERAL', threadTs } = options;
    const ts = this.nextTs();
    const ack = await this.deliver({ type: 'app_mention', user: user.id, text: `<@UBOT> ${words}`, ts, channel, event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}) });
    return { ack, ts, answer: () => this.postIn(channel, threadTs ?? ts) };
  }

  /** A direct message to the bot, in the Messages tab. */
  async direct(words: string, options: MessageOptions = {}): Promise<SentMessage> {
    const { user = ALICE, channel = `D_${user.id}`, threadTs } = options;
    const ts = this.nextTs();
    const event = { type: 'message', channel_type: 'im', user: user.id, text: words, ts, channel, event_ts: ts, client_msg_id: `m-${ts}`, ...(threadTs ? { thread_ts: threadTs } : {}) };
    const ack = await this.deliver(event);
    return { ack, ts, answer: () => this.postIn(channel, threadTs) };
  }

  /** The first post the bot made in this channel and thread (none: at the top). */
  postIn(channel: string, threadTs?: string): Promise<PostedMessage> {
    return this.slack.api.nextPost((post) => post.channel === channel && post.params.thread_ts === threadTs);
  }

  /** Posts in this channel and thread so far. */
  postsIn(channel: string, threadTs?: string): PostedMessage[] {
    return this.slack.api.posts.filter((post) => post.channel === channel && post.params.thread_ts === threadTs);
  }

  /** Press the button labelled `label` on a message the bot posted; resolves with the ack. */
  press(post: PostedMessage, label: string, user = ALICE): Promise<Acked> {
    const button = buttons(post).find((element) => element.text.text === label);
    if (!button?.action_id || button.value === undefined) throw new Error(`no "${label}" button in ${JSON.stringify(post.blocks)}`);
    const threadTs = post.params.thread_ts;
    const thread = threadTs ? { thread_ts: threadTs } : {};
    const id = `conversation-button-${++sent}`;
    const payload = {
      type: 'block_actions',
      user: { id: user.id, username: user.name, name: user.name, team_id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: post.ts, channel_id: post.channel, is_ephemeral: false, ...thread },
      trigger_id: `trigger-${id}`,
      team: { id: 'T1', domain: 'test' },
      channel: { id: post.channel, name: post.channel.startsWith('D') ? 'directmessage' : 'general' },
      message: { type: 'message', user: 'UBOT', bot_id: 'BBOT', ts: post.ts, text: post.text, ...thread },
      response_url: this.slack.responses.url(id),
      actions: [{ type: 'button', action_id: button.action_id, block_id: 'b1', text: button.text, value: button.value, action_ts: '1800000001.000002' }],
    };
    const { socket } = this.slack;
    if (socket) return socket.send('interactive', payload);
    return this.slack.post(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
}

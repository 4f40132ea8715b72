import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformDeps } from '../support/platform-deps.js';
import { buttonLabels, contextTexts, headerText, sectionTexts } from './fakes/slack-blocks.js';
import { SECRETS, SlackHarness, type Mode } from './fakes/slack-harness.js';
import { sendInteraction, shortcutPayload, useShortcut } from './fakes/slack-shortcut.js';

/** "Ask briefbot about this" on a message, through real Bolt: the message's words as the question, answered privately. */

const CAROL = { id: 'U_CAROL', name: 'carol' };

describe.each<Mode>(['socket', 'http'])('Slack message shortcut in %s mode', (mode) => {
  let slack: SlackHarness;

  beforeAll(async () => {
    slack = await SlackHarness.start(mode, platformDeps({ secrets: Object.values(SECRETS), now: () => new Date('2026-11-22T09:00:00Z') }));
  });
  afterAll(() => slack.stop());

  it('answers the message’s words, mentions removed, privately to the person who used it, with the cited excerpts', async () => {
    const { ack, response } = await useShortcut(slack, '<@U_BOB> <!here> what is JUCIP', { user: CAROL, channel: 'C_TEAM' });
    if (mode === 'http') expect(ack).toEqual({ status: 200, body: '' });
    else expect(ack.payload ?? {}).toEqual({});
    expect(response.body.response_type).toBe('ephemeral');
    expect(headerText(response.body)).toBe('From the papers: what is JUCIP');
    expect(sectionTexts(response.body)[0]).toMatch(/^“The Japan-United States .*\(\*JUCIP\*\) is the primary mechanism/);
    expect(contextTexts(response.body)[0]).toMatch(/^Erik M\. Jacobs, “US-Japan Economic Security Coordination Update”/);
    expect(buttonLabels(response.body)).toEqual(['More results', '👍', '👎', 'Share in channel']);
    // Nothing public: no channel post, and the command ran for the one who asked.
    expect(slack.api.callsOf('chat.postMessage')).toEqual([]);
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ msg: 'command answered', platform: 'slack', command: 'ask', user: 'U_CAROL', channel: 'C_TEAM' }));
    expect(slack.everythingSent()).not.toContain('<!here>');
  });

  it('a message with no words (only mentions, or a file with no text) gets a usage hint, privately', async () => {
    for (const text of ['<@U_BOB> <!channel>', undefined]) {
      const { response } = await useShortcut(slack, text, { user: CAROL });
      expect(response.body.response_type).toBe('ephemeral');
      expect(sectionTexts(response.body)).toEqual([
        '⚠️ That message has no words to ask about (only a file, an image or mentions).',
        'Usage: “Ask briefbot about this” on a message with text in it, or /ask your question',
      ]);
    }
  });

  it('a long message is asked with its first 1,000 characters, not refused as too long', async () => {
    const { response } = await useShortcut(slack, `what is JUCIP ${'and the partnership with METI '.repeat(150)}`, { user: CAROL });
    expect(headerText(response.body)).toMatch(/^From the papers: what is JUCIP and the partnership/);
    expect(JSON.stringify(response.body)).not.toContain('characters long');
  });
});

/** What only the HTTP receiver's guard sees: the signed bodies Slack posts, before Bolt reads them. */
describe('Slack message shortcut over HTTP', () => {
  let slack: SlackHarness;

  beforeAll(async () => {
    slack = await SlackHarness.start('http', platformDeps({ secrets: Object.values(SECRETS) }));
  });
  afterAll(() => slack.stop());

  it('the HTTP guard: another app’s shortcut is acknowledged unread; a malformed one of ours is refused', async () => {
    const other = shortcutPayload(slack, 'what is JUCIP', { callbackId: 'someone_elses_shortcut' });
    expect(await sendInteraction(slack, other.payload)).toEqual({ status: 200, body: '' });
    expect(slack.log.lines).toContainEqual(expect.objectContaining({ msg: 'acknowledged a Slack request the bot does not handle', reason: 'a message shortcut the bot did not declare (someone_elses_shortcut)' }));
    const malformed: Record<string, unknown>[] = [
      { message: null },
      { message: { type: 'message', ts: '1.2', text: 42 } },
      { response_url: 'javascript:alert(1)' },
      { channel: null },
      { user: { name: 'nobody' } },
      { team: { id: '__proto__' } },
      { enterprise: { id: 'constructor' } },
      { callback_id: ['ask_about_message'] },
      { event: { type: 'app_mention' } },
    ];
    for (const override of malformed) {
      const { payload } = shortcutPayload(slack, 'what is JUCIP', { override });
      expect(await sendInteraction(slack, payload), JSON.stringify(override)).toEqual({ status: 400, body: '' });
    }
    expect(slack.responses.responses.filter((response) => response.id === other.id)).toEqual([]);
    expect(slack.log.lines.filter((line) => line.msg === 'refused a malformed Slack request')).toHaveLength(malformed.length);
  });

  it('the same shortcut delivered twice (a replayed request) is answered once', async () => {
    const { id, payload } = shortcutPayload(slack, 'what is METI', { user: CAROL });
    await sendInteraction(slack, payload);
    await slack.responses.next(id);
    expect(await sendInteraction(slack, payload)).toEqual({ status: 200, body: '' });
    await useShortcut(slack, 'what is JUCIP', { user: CAROL });
    expect(slack.responses.responses.filter((response) => response.id === id)).toHaveLength(1);
  });
});

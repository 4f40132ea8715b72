import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/present/build.js';
import { homeReply, MAX_HOME_CHANNELS, type HomeChannel, type HomeFacts } from '../../src/present/home.js';
import type { Block } from '../../src/present/types.js';
import { realKnowledge } from '../support/corpus.js';

/** The App Home's content, platform-neutral: what the bot knows, the week, the digests, examples. */

function facts(overrides: Partial<HomeFacts> = {}): HomeFacts {
  const knowledge = realKnowledge();
  return {
    documents: knowledge.documents.size,
    loadedAt: new Date('2026-11-22T06:05:00Z'),
    timeline: knowledge.timeline,
    today: '2026-11-22',
    channels: [],
    examples: ['/ask what is JUCIP', '/acronym METI'],
    ...overrides,
  };
}

const headings = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((block) => (block.type === 'text' && block.spans.length === 1 && block.spans[0]!.marked === true ? [block.spans[0]!.text] : []));

const lists = (blocks: readonly Block[]): string[][] =>
  blocks.flatMap((block) => (block.type === 'list' ? [block.items.map((item) => item.map((span) => span.text).join(''))] : []));

describe('homeReply', () => {
  it('has the four parts, in order: what the bot knows, the week, the digests, examples', () => {
    const reply = homeReply(facts({ howToAsk: 'Mention me anywhere.' }));
    expect(reply.title).toBe('briefbot');
    expect(headings(reply.blocks)).toEqual([
      'What I know',
      'This week: anniversaries and deadlines, 22 Nov 2026 to 28 Nov 2026 (UTC)',
      'Daily digests in this workspace',
      'Try asking',
    ]);
    const text = plainText(reply);
    expect(text).toContain('5 papers on US–Japan economic security, loaded Sun 22 Nov 2026, 06:05 UTC.');
    expect(text).toContain('Mention me anywhere.');
  });

  it('lists the week’s anniversaries and deadlines from the timeline, with when and where each is told', () => {
    const [week] = lists(homeReply(facts()).blocks);
    expect(week).toEqual(['Thu 26 Nov — 3 years ago, 26 Nov 2023: Japanese, South Korean, and Chinese foreign ministers met in Busan, South Korea (Jacobs (December 2023), passage 15)']);
  });

  it('says so on a week with nothing, and where to look further', () => {
    const reply = homeReply(facts({ today: '2024-03-11' }));
    expect(reply.blocks).toContainEqual({ type: 'notice', tone: 'info', text: 'Nothing on the timeline this week. /upcoming 30 looks further ahead.' });
  });

  it('lists each channel with a digest and its next post on the channel’s own clock; a paused one says why', () => {
    const channels: HomeChannel[] = [
      { label: 'C_TOKYO', timeZone: 'Asia/Tokyo', cadence: 'weekdays', nextPostAt: new Date('2026-11-23T23:30:00Z') },
      { label: 'C_PAUSED', timeZone: 'UTC', cadence: 'daily', nextPostAt: null, pausedReason: 'the bot is not a member of this channel' },
    ];
    const [, digests] = lists(homeReply(facts({ channels })).blocks);
    expect(digests).toEqual(['C_TOKYO — next digest Tue 24 Nov 2026, 08:30 Asia/Tokyo (weekdays)', 'C_PAUSED — paused: the bot is not a member of this channel']);
  });

  it('without any digest, says how to start one', () => {
    expect(plainText(homeReply(facts()))).toContain('No channel has a digest yet: /digest subscribe in a channel starts one.');
  });

  it('shows at most 20 channels and counts the rest', () => {
    const channels = Array.from({ length: MAX_HOME_CHANNELS + 3 }, (_, i): HomeChannel => ({ label: `C${i}`, timeZone: 'UTC', cadence: 'daily', nextPostAt: new Date('2026-11-23T09:00:00Z') }));
    const reply = homeReply(facts({ channels }));
    expect(lists(reply.blocks)[1]).toHaveLength(MAX_HOME_CHANNELS);
    expect(plainText(reply)).toContain('…and 3 more channels.');
  });

  it('ends with the examples it is given', () => {
    expect(lists(homeReply(facts()).blocks).at(-1)).toEqual(['/ask what is JUCIP', '/acronym METI']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Block, Reply } from '../../src/present/types.js';
import { plainText } from '../../src/present/build.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { composeDigest } from '../../src/present/timeline/digest.js';
import { loadTeamEvents } from '../../src/timeline/team/load.js';
import { upcoming } from '../../src/timeline/upcoming.js';
import { DOCS } from './gold.js';
import { fixture, fullTimeline, realDocuments } from './support.js';

/** The daily digest: today's and the coming week's anniversaries and deadlines, cited; null when quiet. */
const timeline = fullTimeline();
const blocksOf = (reply: Reply | null, type: Block['type']) => (reply?.blocks ?? []).filter((b) => b.type === type);

describe('the daily digest', () => {
  it('quotes and cites today’s anniversary, and lists the coming week’s with where they are told', () => {
    const reply = composeDigest(timeline, '2026-11-14')!;
    expect(reply.title).toBe('Timeline digest, 14 Nov 2026');
    expect(reply.visibility).toBe('public');
    const text = plainText(reply);
    expect(text).toContain('3 years ago, 14 Nov 2023: the second meeting of the ministerial-level EPCC');
    const [excerpt] = blocksOf(reply, 'excerpt');
    expect(excerpt).toMatchObject({ type: 'excerpt', citation: { doc: DOCS.JB, passage: 4, published: '2023-12' } });
    const [list] = blocksOf(reply, 'list');
    expect(list?.type === 'list' && list.items.map((item) => item.map((s) => s.text).join(''))).toEqual([
      'Tue 17 Nov — 3 years ago, 17 Nov 2023: Prime Minister Kishida met with South Korean President Yoon Suk Yeol at Stanford University (Jacobs (December 2023), passage 13)',
    ]);
  });

  it('says nothing (null) on a day with nothing to say', () => {
    expect(composeDigest(timeline, '2026-06-10')).toBeNull();
  });

  it('brings a month’s events on its first day, not on every day of it', () => {
    expect(upcoming(timeline, '2026-06-10', 7).items.some((i) => i.on === '2026-06')).toBe(true);
    expect(plainText(composeDigest(timeline, '2026-06-01')!)).toMatch(/years ago, June 20\d\d: /);
    expect(plainText(composeDigest(timeline, '2026-05-28')!)).toMatch(/Mon 1 Jun|June \(no day given\)/);
  });

  it('stays short: at most maxItems, the rest counted with where to see them', () => {
    const reply = composeDigest(timeline, '2026-05-01', { maxItems: 3 })!;
    const shown = blocksOf(reply, 'excerpt').length + blocksOf(reply, 'list').flatMap((b) => (b.type === 'list' ? b.items : [])).length;
    expect(shown).toBe(3);
    expect(blocksOf(reply, 'notice').map((b) => (b.type === 'notice' ? b.text : ''))).toEqual([expect.stringMatching(/^…and \d+ more: \/upcoming 7/)]);
  });

  it('puts a team item with a time on the channel’s own day', () => {
    const team = buildTimeline(realDocuments(), loadTeamEvents(fixture('good-events.yaml')).events);
    const today = (zone: string, date: string) => {
      const reply = composeDigest(team, date, { timeZone: zone })!;
      const excerpts = reply.blocks.findIndex((b) => b.type === 'text' && b.spans[0]?.text.startsWith('Coming week'));
      return plainText({ blocks: reply.blocks.slice(0, excerpts === -1 ? undefined : excerpts) });
    };
    expect(today('UTC', '2025-12-31')).toContain('Tokyo morning call');
    expect(today('Asia/Tokyo', '2026-01-01')).toContain('Tokyo morning call');
    expect(today('Asia/Tokyo', '2025-12-31')).not.toContain('Tokyo morning call');
  });

  it('depends on nothing but the timeline and the date', () => {
    expect(JSON.stringify(composeDigest(timeline, '2026-11-14'))).toBe(JSON.stringify(composeDigest(timeline, '2026-11-14')));
  });
});

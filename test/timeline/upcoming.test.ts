import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/time/calendar.js';
import { itemHeadline } from '../../src/present/timeline/describe.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { eventsJson, upcomingJson } from '../../src/timeline/json.js';
import { loadTeamEvents } from '../../src/timeline/team/load.js';
import { upcoming } from '../../src/timeline/upcoming.js';
import { DOCS } from './gold.js';
import { fixture, papersTimeline, realDocuments } from './support.js';

/** Anniversaries, deadlines and the team's items in a window of days. */
const papers = papersTimeline();
const withFixtures = buildTimeline(realDocuments(), loadTeamEvents(fixture('good-events.yaml')).events);
const titled = (title: string) => (item: { event: { title: string } }) => item.event.title === title;

describe('upcoming', () => {
  it('offers the anniversary of the second Economic 2+2 ministerial, cited, in words', () => {
    const item = upcoming(papers, '2026-11-10', 7).items.find((i) => i.on === '2026-11-14' && i.event.date === '2023-11-14')!;
    expect(item).toMatchObject({ type: 'anniversary', years: 3 });
    expect(itemHeadline(item)).toBe('3 years ago, 14 Nov 2023: the second meeting of the ministerial-level EPCC');
  });

  it('lists nearest first, a month already under way after the days to come, every item inside the window', () => {
    const { from, to, items } = upcoming(papers, '2026-11-10', 30);
    expect([from, to]).toEqual(['2026-11-10', '2026-12-09']);
    const keys = items.map((i) => (i.on.length === 10 ? i.on : `${i.on}-01` < from ? `~${i.on}` : `${i.on}-01`));
    expect(keys).toEqual([...keys].sort());
    expect(items.at(-1)?.on).toBe('2026-11');
    expect(items.some((i) => i.on === '2026-12')).toBe(true);
    for (const i of items) {
      const [first, last] = i.on.length === 10 ? [from, to] : [from.slice(0, 7), to.slice(0, 7)];
      expect(i.on >= first && i.on <= last, i.on).toBe(true);
    }
  });

  it('counts a month-precision event for its month, never on a day (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 90 }), (start, days) => {
        const from = start.toISOString().slice(0, 10);
        for (const item of upcoming(withFixtures, from, days).items) {
          expect(item.event.origin).not.toBe('note');
          expect(item.event.precision).not.toBe('year');
          if (item.event.precision === 'month') {
            expect(item.on).toMatch(/^\d{4}-\d{2}$/);
            expect(item.on.slice(5)).toBe(item.event.date.slice(5, 7));
          } else {
            expect(item.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
          if (item.years !== null) expect(item.years).toBe(Number(item.on.slice(0, 4)) - Number(item.event.date.slice(0, 4)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('crosses a year end: December deadlines, then the New Year’s items, in order', () => {
    const { items } = upcoming(withFixtures, '2025-12-28', 10);
    const yearEnd = items.find(titled('Year-end filing'))!;
    expect(yearEnd).toMatchObject({ on: '2025-12-31', type: 'deadline', years: null });
    expect(items.find(titled('January comments window'))).toMatchObject({ on: '2026-01', type: 'deadline' });
    expect(items.find((i) => i.event.date === '2022-01' && i.on === '2026-01')).toMatchObject({ type: 'anniversary', years: 4 });
    expect(items.indexOf(yearEnd)).toBeLessThan(items.findIndex((i) => i.on.startsWith('2026')));
  });

  it('places a team item with a time on the day it is in the reader’s zone', () => {
    const call = (zone: string) => upcoming(withFixtures, '2025-12-28', 10, { timeZone: zone }).items.find(titled('Tokyo morning call'))!.on;
    expect(call('Asia/Tokyo')).toBe('2026-01-01');
    expect(call('UTC')).toBe('2025-12-31');
    expect(call('America/New_York')).toBe('2025-12-31');
  });

  it('brings 29 February round on 28 February in other years, and on the 29th in leap years', () => {
    const on = (from: string, days: number) => upcoming(withFixtures, from, days).items.filter(titled('Leap-day review')).map((i) => [i.on, i.type, i.years]);
    expect(on('2025-02-27', 3)).toEqual([['2025-02-28', 'anniversary', 1]]);
    expect(on('2028-02-27', 4)).toEqual([['2028-02-29', 'anniversary', 4]]);
    expect(on('2024-02-29', 1)).toEqual([['2024-02-29', 'event', null]]);
    expect(on('2023-02-27', 5)).toEqual([]);
  });

  it('offers a deadline once, in its month, and no anniversary of it after', () => {
    const patent = (from: string) => upcoming(papers, from, 20).items.filter((i) => i.event.kind === 'deadline' && i.event.date === '2024-04' && i.event.sources[0]!.doc === DOCS.TG);
    expect(patent('2024-03-25').map((i) => [i.on, i.type, i.years])).toEqual([['2024-04', 'deadline', null]]);
    expect(patent('2025-03-25')).toEqual([]);
  });

  it('offers an event the paper looks ahead to as the event itself in its own time', () => {
    const g7 = upcoming(papers, '2023-10-25', 7).items.find((i) => i.event.title.includes('G7 trade ministers'));
    expect(g7).toMatchObject({ on: '2023-10', type: 'event', years: null });
  });

  it('in "start" mode counts a month only in the window where it begins', () => {
    const months = (from: string) => upcoming(papers, from, 7, { months: 'start' }).items.filter((i) => i.on.length === 7).map((i) => i.on);
    expect(new Set(months('2026-11-10'))).toEqual(new Set());
    expect(new Set(months('2026-10-28'))).toEqual(new Set(['2026-11']));
  });

  it('refuses a window it cannot read', () => {
    expect(() => upcoming(papers, '2026-02-30', 7)).toThrow(/YYYY-MM-DD/);
    expect(() => upcoming(papers, '2026-02-01', 0)).toThrow(/at least 1/);
  });
});

describe('JSON for the command line', () => {
  it('events: the contract’s fields, every event, primary source first', () => {
    const json = eventsJson(papers);
    expect(json).toHaveLength(papers.events.length);
    for (const event of json) {
      expect(Object.keys(event)).toEqual(['date', 'precision', 'kind', 'title', 'doc', 'quote', 'sources', 'disagreement', 'expected']);
      expect(event.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
      expect(event.sources[0]).toMatchObject({ doc: event.doc, quote: event.quote });
    }
  });

  it('upcoming: from, to and items with on, years, type and the event', () => {
    const json = upcomingJson(papers, '2026-11-10', 7);
    expect(json).toMatchObject({ from: '2026-11-10', to: addDays('2026-11-10', 6) });
    expect(json.items.length).toBeGreaterThan(0);
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual(['on', 'years', 'type', 'event']);
      expect(['anniversary', 'deadline', 'event']).toContain(item.type);
    }
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

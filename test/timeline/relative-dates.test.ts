import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { plainText } from '../../src/present/build.js';
import { composeDigest } from '../../src/present/timeline/digest.js';
import { timelineReply } from '../../src/present/timeline/events.js';
import { projectPath } from '../../src/shared/paths.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { countFromDocument } from '../../src/timeline/count-from-document.js';
import { findRelativeWords } from '../../src/timeline/parse/relative-words.js';
import type { EventSource, TimelineEvent } from '../../src/timeline/types.js';

/**
 * Dates counted from the document's own date, on fixture texts written for each form
 * (test/fixtures/timeline/): what each document gives is pinned here, not on corpus/, so adding a
 * paper to corpus/ changes none of it.
 */
const documents = loadCorpus(projectPath('test', 'fixtures', 'timeline')).documents;
const timeline = buildTimeline(documents);
const sources = timeline.events.flatMap((event) => event.sources.map((source) => ({ source, event })));
const told = (doc: string, phrase: string): { source: EventSource; event: TimelineEvent } => {
  const found = sources.filter(({ source }) => source.doc === doc && source.origin === 'text' && source.phrase === phrase);
  expect(found, `${doc}: "${phrase}"`).toHaveLength(1);
  return found[0]!;
};
const PRESS = 'press-call-2022-05-26.md'; // a Thursday
const MONTH_DOC = 'statement-2022-05.md';
const YEAR_DOC = 'report-2022.md';

describe('relative dates, counted from the document’s date (a press call of Thursday 26 May 2022)', () => {
  const cases: [phrase: string, date: string, precision: string, expected: boolean][] = [
    ['Last week', '2022-05', 'month', false], // 16–22 May: the text names no day
    ['next month', '2022-06', 'month', true], // "the G7 Summit in Hiroshima next month"
    ['tomorrow', '2022-05-27', 'day', true], // "tomorrow's Quad Summit"
    ['On Monday', '2022-05-23', 'day', false], // "On Monday, the President met": past, so the Monday before
    ['Two days ago', '2022-05-24', 'day', false],
    ['Earlier this year', '2022', 'year', false],
    ['this coming July', '2022-07', 'month', true],
    ['last year', '2021', 'year', false], // "announced last year"
    ['Last month', '2022-04', 'month', false],
    ['later this spring', '2022', 'year', true],
    ['one year ago this week', '2021', 'year', false], // the week a year back, not this week
  ];
  for (const [phrase, date, precision, expected] of cases) {
    it(`"${phrase}" is ${date} (${precision})${expected ? ', expected' : ''}`, () => {
      const { source, event } = told(PRESS, phrase);
      expect(source).toMatchObject({ date, precision });
      expect(event.expected).toBe(expected);
    });
  }

  it('gives that document exactly those events: no embargo notice, "as of" stamp, figure of speech or span', () => {
    const phrases = sources.filter(({ source }) => source.doc === PRESS).map(({ source }) => source.phrase).sort();
    expect(phrases).toEqual(cases.map(([phrase]) => phrase).sort());
    expect(sources.filter(({ source }) => /embargo|As of May 20|of tomorrow|East Asia tomorrow|5 years ago|In the last year/.test(source.quote))).toEqual([]);
  });
});

describe('documents dated only to the month or the year', () => {
  it('counts months and years from "2022-05", and leaves "last week" out, saying why', () => {
    expect(told(MONTH_DOC, 'Next month').source).toMatchObject({ date: '2022-06', precision: 'month' });
    expect(told(MONTH_DOC, 'last year').source).toMatchObject({ date: '2021', precision: 'year' });
    expect(timeline.unresolved).toContainEqual(expect.objectContaining({ doc: MONTH_DOC, phrase: 'Last week', reason: expect.stringMatching(/gives no day/) }));
  });

  it('counts years and "this July" from "2022", and leaves "last month" out, saying why', () => {
    expect(told(YEAR_DOC, 'last year').source).toMatchObject({ date: '2021', precision: 'year' });
    expect(told(YEAR_DOC, 'this July').source).toMatchObject({ date: '2022-07', precision: 'month' });
    expect(timeline.unresolved).toContainEqual(expect.objectContaining({ doc: YEAR_DOC, phrase: 'Last month', reason: expect.stringMatching(/gives no month/) }));
  });
});

describe('what chrono-node gets wrong, and the timeline does not', () => {
  const chrono = createRequire(import.meta.url)('chrono-node') as typeof Chrono;
  const reference = new Date(Date.UTC(2022, 4, 26, 12));
  const published = { year: 2022, month: 5, day: 26 };
  const count = (text: string, tense: 'future' | 'past' | null = 'past') => {
    const [hit] = findRelativeWords(text);
    return hit === undefined ? null : countFromDocument(hit.shift, published, tense);
  };

  it('"last week" names a week, not its Monday', () => {
    expect(chrono.casual.parse('We met last week.', reference)[0]?.start.isCertain('day')).toBe(true);
    expect(count('We met last week.')).toEqual({ parts: { year: 2022, month: 5 }, precision: 'month' });
  });

  it('"on Monday" is the Monday before in the past tense and the one after in the future', () => {
    expect(count('We met on Monday.', 'past')).toEqual({ parts: { year: 2022, month: 5, day: 23 }, precision: 'day' });
    expect(count('We will meet on Monday.', 'future')).toEqual({ parts: { year: 2022, month: 5, day: 30 }, precision: 'day' });
    expect(count('the trilateral on Monday', null)).toEqual({ reason: expect.stringMatching(/do not say/) });
    expect(count('the anniversary this Tuesday', null)).toEqual({ parts: { year: 2022, month: 5, day: 24 }, precision: 'day' });
  });

  it('"coming July" and "last July" keep their first word', () => {
    expect(chrono.casual.parse('the economic 2+2, coming July', reference)[0]?.text).toBe('July');
    expect(count('the economic 2+2, coming July')).toEqual({ parts: { year: 2022, month: 7 }, precision: 'month' });
    expect(count('the summit last July')).toEqual({ parts: { year: 2021, month: 7 }, precision: 'month' });
  });

  it('"the leaders of tomorrow" and "a few weeks ago" are no dates', () => {
    expect(chrono.casual.parse('the leaders of tomorrow', reference)).toHaveLength(1);
    expect(findRelativeWords('the leaders of tomorrow')).toEqual([]);
    expect(findRelativeWords('a few weeks ago')).toEqual([]);
    expect(findRelativeWords('not just this year, not next year')).toEqual([]);
  });

  it('a week that straddles two months dates nothing', () => {
    expect(countFromDocument({ kind: 'shift', unit: 'week', amount: -1 }, { year: 2022, month: 6, day: 8 }, 'past')).toEqual({ reason: expect.stringMatching(/spans two months/) });
  });
});

describe('plans and forecasts are shown as expected', () => {
  it('in /timeline, and offered once in the digest, never as an anniversary', () => {
    const quad = told(PRESS, 'tomorrow').event;
    expect(quad.recurrence).toBe('none');
    const reply = timelineReply(timeline, { kind: 'year', year: 2022 }, [quad], '2022', 0);
    expect(plainText(reply)).toMatch(/27 May 2022: .*Quad Summit.*\(expected\)/);
    expect(plainText(composeDigest(timeline, '2022-05-27')!)).toMatch(/Quad Summit.*\(expected\)/);
    expect(composeDigest(timeline, '2023-05-27')).toBeNull();
  });

  it('an event told as past stays a past event with its anniversaries', () => {
    expect(told(PRESS, 'On Monday').event).toMatchObject({ expected: false, recurrence: 'yearly' });
  });
});

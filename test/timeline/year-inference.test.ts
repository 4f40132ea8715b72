import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { span, toIso } from '../../src/shared/time/calendar.js';
import { resolveYear, type YearContext } from '../../src/timeline/infer-year.js';
import type { DateMention } from '../../src/timeline/parse/dates.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { DOCS } from './gold.js';
import { papersTimeline, realDocuments } from './support.js';

/** A year the text leaves out comes from the paper's own date and its words, never from today. */
const sources = papersTimeline().events.flatMap((e) => e.sources);
const inferred = (doc: string, phrase: string) => sources.find((s) => s.doc === doc && s.quote.includes(phrase) && s.yearInferred !== null);

const mention = (month: number | null, day: number | null, extra: Partial<DateMention> = {}): DateMention => ({
  index: 0, text: 'x', year: null, month, day, precision: day !== null ? 'day' : month !== null ? 'month' : 'year',
  qualifier: null, relativeYear: null, anaphora: false, deadline: false, adjectival: false, shift: null, ...extra,
});
const context = (published: YearContext['published'], sentence = 'They met.', previousSentence: string | null = null): YearContext => ({
  published, sentence, previousSentence, lastExplicitYear: null,
});

afterEach(() => vi.useRealTimers());

describe('years the papers leave out', () => {
  it('"On November 14" in an article of December 2023 is 14 November 2023 (told as past)', () => {
    expect(inferred(DOCS.JB, 'On November 14')).toMatchObject({ date: '2023-11-14', yearInferred: 'past-tense' });
  });

  it('"approved by the Cabinet on February 25" in a 2022 paper is 25 February 2022', () => {
    expect(inferred(DOCS.TG, 'approved by the Cabinet on February 25')).toMatchObject({ date: '2022-02-25', yearInferred: 'past-tense' });
  });

  it('"last year … In May" in a March 2024 commentary is May 2023', () => {
    expect(inferred(DOCS.TO, 'In May, it hosted')).toMatchObject({ date: '2023-05', yearInferred: 'relative-year' });
  });

  it('"scheduled to take place at the end of October" in an October 2023 paper is that October', () => {
    expect(inferred(DOCS.JA, 'scheduled to take place')).toMatchObject({ date: '2023-10', precision: 'month', yearInferred: 'future-tense' });
  });

  it('"That same year" is the year written before it; "later this spring" the paper’s year', () => {
    expect(inferred(DOCS.PR, 'That same year')).toMatchObject({ date: '2020', yearInferred: 'anaphora' });
    expect(inferred(DOCS.TG, 'later this spring')).toMatchObject({ date: '2022', yearInferred: 'relative-year' });
  });

  it('counts the inferred years by how they were found', () => {
    const { yearsInferred } = papersTimeline().stats;
    const counted = sources.filter((s) => s.yearInferred !== null).length;
    expect(Object.values(yearsInferred).reduce((a, b) => a + b, 0)).toBe(counted);
    console.info(`timeline: ${counted} years inferred: ${JSON.stringify(yearsInferred)}`);
    expect(yearsInferred['past-tense']).toBeGreaterThan(0);
    expect(yearsInferred['relative-year']).toBeGreaterThan(0);
  });

  it('gives the same timeline whatever today is', () => {
    const before = JSON.stringify(papersTimeline().events);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-04T00:00:00Z'));
    expect(JSON.stringify(buildTimeline(realDocuments()).events)).toBe(before);
  });

  it('puts a past date on or before publication, and within the year before it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 })),
        (year, pubMonth, month, day) => {
          const published = pubMonth === null ? { year } : { year, month: pubMonth };
          const result = resolveYear(mention(month, day), context(published, 'They met there.'));
          const date = toIso({ year: result!.year, month, day: day ?? undefined });
          const { last } = span(published);
          expect(date <= last.slice(0, date.length)).toBe(true);
          expect(result!.year).toBeGreaterThanOrEqual(Number(last.slice(0, 4)) - 1);
        },
      ),
    );
  });

  it('puts a future date on or after publication, within the year after it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (year, pubMonth, month) => {
        const result = resolveYear(mention(month, null), context({ year, month: pubMonth }, 'The meeting is scheduled for then.'));
        expect(result!.year).toBe(month < pubMonth ? year + 1 : year);
      }),
    );
  });

  it('takes "last year" from the sentence before, and gives up on "that same year" with no year before it', () => {
    expect(resolveYear(mention(5, null), context({ year: 2024, month: 3, day: 5 }, 'In May, it hosted the summit.', 'Japan did much last year.'))).toEqual({ year: 2023, how: 'relative-year' });
    expect(resolveYear(mention(null, null, { anaphora: true }), context({ year: 2025 }))).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/timeline/parse/dates.js';

/** What the date reader makes of the papers' phrasings: exactly what is written, never more. */
const reference = new Date(Date.UTC(2023, 11, 31, 12));
const only = (text: string, mode: 'text' | 'note' = 'text') => findDates(text, mode, reference).map(({ text: t, year, month, day, precision }) => ({ t, year, month, day, precision }));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('reading dates', () => {
  it('reads full dates, months and years at their own precision', () => {
    expect(only('Kishida met with US President Joe Biden in Tokyo on May 23, 2022.')).toEqual([{ t: 'May 23, 2022', year: 2022, month: 5, day: 23, precision: 'day' }]);
    expect(only('In July 2022, the ministers met.')).toEqual([{ t: 'July 2022', year: 2022, month: 7, day: null, precision: 'month' }]);
    expect(only('Reagan and Takeshita signed the agreement in 1988.')).toEqual([{ t: 'in 1988', year: 1988, month: null, day: null, precision: 'year' }]);
  });

  it('leaves a missing year missing, whatever chrono-node guessed from its reference date', () => {
    expect(only('On November 14, the ministers met.')).toEqual([{ t: 'November 14', year: null, month: 11, day: 14, precision: 'day' }]);
  });

  it('keeps "the end of October" a month: the text gives no day', () => {
    expect(only('The meeting is scheduled to take place at the end of October.')).toEqual([{ t: 'end of October', year: null, month: 10, day: null, precision: 'month' }]);
  });

  it('reads seasons and "this year’s" as years, with what they say kept', () => {
    const [spring] = findDates('President Biden’s visit to Japan later this spring provides a venue.', 'text', reference);
    expect(spring).toMatchObject({ text: 'later this spring', precision: 'year', qualifier: 'spring', relativeYear: 0 });
    const [autumn] = findDates('The Cabinet will look to pass it in this year’s autumn Diet session.', 'text', reference);
    expect(autumn).toMatchObject({ precision: 'year', qualifier: 'autumn', relativeYear: 0 });
  });

  it('marks deadlines: "by 2025", "starting in April 2024"', () => {
    expect(findDates('to less than 50 percent by 2025, the government', 'text', reference)[0]).toMatchObject({ year: 2025, deadline: true });
    expect(findDates('Under the new system, starting in April 2024, the office will', 'text', reference)[0]).toMatchObject({ month: 4, deadline: true });
  });

  it('reads no date into verbs, decades, spans, amounts, statistics or states of affairs', () => {
    for (const text of [
      'which may serve as a guide for Japanese firms',
      'growth phases in the 1950s to 1980s',
      'in the 2010–12 period, when',
      'Tokyo’s traditional post-1945 approach',
      'a subsidy of JPY 400 billion (about USD 3.4 billion)',
      'In 2020, some 22 percent of Japanese exports went to China',
      'As of September 2021, METI’s list included 75 Chinese companies.',
      'During 2022 and 2023, Japanese entities filed 28 requests.',
      'Now commonly known as the dialogue, it will meet in the coming months.',
    ]) {
      expect(only(text), text).toEqual([]);
    }
  });

  it('in notes: any standalone year, Japanese dates, and no access dates or dates inside links', () => {
    expect(only('CISTEC, Overview of Japan’s Export Controls, 4th ed., 2015, 11, www.cistec.or.jp/x.pdf.', 'note')).toEqual([{ t: '2015', year: 2015, month: null, day: null, precision: 'year' }]);
    expect(only('Japan E-gov パブリック・コメント。2023年3月31日。', 'note')).toEqual([{ t: '2023年3月31日', year: 2023, month: 3, day: 31, precision: 'day' }]);
    expect(only('“Press Availability,” April 29, 2020, <https://example.gov/2017-2021/x>, (Accessed March 27, 2022).', 'note')).toEqual([{ t: 'April 29, 2020', year: 2020, month: 4, day: 29, precision: 'day' }]);
  });

  it('reads any written "Month D, YYYY" back exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const written = `${MONTHS[month - 1]} ${day}, ${year}`;
        const [found] = findDates(`The ministers met on ${written} in Tokyo.`, 'text', reference);
        expect(found).toMatchObject({ year, month, day, precision: 'day', text: written });
      }),
    );
  });

  it('never gives a day to a month written without one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        for (const text of [`In ${MONTHS[month - 1]} ${year}, they met.`, `at the end of ${MONTHS[month - 1]}.`, `Throughout ${MONTHS[month - 1]}, officials met.`]) {
          const [found] = findDates(text, 'text', reference);
          expect(found?.day, text).toBeNull();
          expect(found?.precision, text).toBe('month');
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatLocal, formatShortDate } from '../../src/shared/time/format.js';

/** Dates in words: one module for citations, /digest status and the timeline. */
describe('date wording', () => {
  it('abbreviates a published date as precisely as it is known, by hand (no ICU differences)', () => {
    expect(formatShortDate('2024-03-05')).toBe('5 Mar 2024');
    expect(formatShortDate('2023-10')).toBe('Oct 2023');
    expect(formatShortDate('2022')).toBe('2022');
    expect(formatShortDate('2023-09-27')).toBe('27 Sep 2023');
  });

  it('writes an instant on a zone’s wall clock with its weekday', () => {
    expect(formatLocal(new Date('2024-03-11T13:00:00Z'), 'America/New_York')).toBe('Mon 11 Mar 2024, 09:00');
    expect(formatLocal(new Date('2024-03-11T15:00:00Z'), 'Asia/Tokyo')).toBe('Tue 12 Mar 2024, 00:00');
  });

  it('writes a timeline date at its precision, with its qualifier', () => {
    expect(formatDate('2023-11-14', 'day')).toBe('14 Nov 2023');
    expect(formatDate('2023-11', 'month')).toBe('November 2023');
    expect(formatDate('2023', 'year')).toBe('2023');
    expect(formatDate('2023-10', 'month', 'end of')).toBe('end of October 2023');
  });
});

import { describe, expect, it } from 'vitest';
import { publicationMonth } from '../../src/search/publication-month.js';

describe('publicationMonth', () => {
  it('names the month of a document dated to the day or the month', () => {
    expect(publicationMonth('2024-11-15')).toBe('November 2024');
    expect(publicationMonth('2023-10')).toBe('October 2023');
  });

  it('names none for a document dated to the year only, or not at all', () => {
    expect(publicationMonth('2022')).toBeNull();
    expect(publicationMonth('')).toBeNull();
    expect(publicationMonth('soon')).toBeNull();
  });
});

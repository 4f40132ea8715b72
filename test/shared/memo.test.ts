import { describe, expect, it } from 'vitest';
import { memoized, recentlyMemoized } from '../../src/shared/text/memo.js';

/** A memoized upper-casing that records which texts it had to compute. */
function counting(make: typeof memoized, limit: number) {
  const computed: string[] = [];
  const upper = make(limit, (text) => (computed.push(text), text.toUpperCase()));
  return { upper, computed };
}

describe('recentlyMemoized', () => {
  it('computes a text once while it is remembered, and returns the same result', () => {
    const { upper, computed } = counting(recentlyMemoized, 3);
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(computed).toEqual(['a', 'b']);
    const shared = recentlyMemoized(2, (text) => ({ text }));
    expect(shared('x')).toBe(shared('x'));
  });

  it('forgets the least recently used text when full, one at a time', () => {
    const { upper, computed } = counting(recentlyMemoized, 3);
    for (const text of ['a', 'b', 'c', 'd']) upper(text);
    computed.length = 0;
    for (const text of ['b', 'c', 'd']) upper(text);
    expect(computed).toEqual([]);
    upper('a');
    expect(computed).toEqual(['a']);
  });

  it('counts a text asked for again as recent: the oldest unasked one goes first', () => {
    const { upper, computed } = counting(recentlyMemoized, 3);
    for (const text of ['a', 'b', 'c', 'a', 'd']) upper(text);
    computed.length = 0;
    for (const text of ['a', 'c', 'd']) upper(text);
    expect(computed).toEqual([]);
    upper('b');
    expect(computed).toEqual(['b']);
  });

  it('never holds more than its limit', () => {
    const { upper, computed } = counting(recentlyMemoized, 50);
    for (let i = 0; i < 500; i++) upper(`t${i}`);
    computed.length = 0;
    for (let i = 0; i < 500; i++) upper(`t${i}`);
    // Asked in the same order again, each text was forgotten before its turn came.
    expect(computed).toHaveLength(500);
    computed.length = 0;
    for (let i = 450; i < 500; i++) upper(`t${i}`);
    expect(computed).toEqual([]);
  });

  it('remembers nothing with a limit of 0', () => {
    const { upper, computed } = counting(recentlyMemoized, 0);
    upper('a');
    upper('a');
    expect(computed).toEqual(['a', 'a']);
  });
});

describe('memoized', () => {
  it('empties its memory when full', () => {
    const { upper, computed } = counting(memoized, 2);
    for (const text of ['a', 'b', 'c', 'a', 'b']) upper(text);
    expect(computed).toEqual(['a', 'b', 'c', 'a', 'b']);
    computed.length = 0;
    upper('b');
    expect(computed).toEqual([]);
  });
});

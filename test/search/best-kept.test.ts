import { describe, expect, it } from 'vitest';
import { BestKept } from '../../src/search/best-kept.js';

const keep = (limit: number, offers: [string, number][], order = (item: string) => item.charCodeAt(0)) => {
  const best = new BestKept<string>(limit, order);
  for (const [item, score] of offers) best.offer(item, score);
  return best.best();
};

describe('BestKept', () => {
  it('keeps the highest scores, best first, and no more than its limit', () => {
    expect(keep(2, [['a', 1], ['b', 5], ['c', 3], ['d', 4]])).toEqual([
      { item: 'b', score: 5 },
      { item: 'd', score: 4 },
    ]);
  });

  it('puts equal scores in their order, whatever order they come in', () => {
    const offers: [string, number][] = [['c', 2], ['a', 2], ['d', 1], ['b', 2]];
    expect(keep(2, offers).map((kept) => kept.item)).toEqual(['a', 'b']);
    expect(keep(2, [...offers].reverse()).map((kept) => kept.item)).toEqual(['a', 'b']);
    expect(keep(10, offers).map((kept) => kept.item)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the same items as sorting everything, for any arrival order', () => {
    const offers = Array.from({ length: 200 }, (_, i): [number, number] => [i, (i * 7919) % 13]);
    const sorted = [...offers].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 30);
    for (const shuffled of [offers, [...offers].reverse(), offers.filter((_, i) => i % 2).concat(offers.filter((_, i) => i % 2 === 0))]) {
      const best = new BestKept<number>(30, (item) => item);
      for (const [item, score] of shuffled) best.offer(item, score);
      expect(best.best().map(({ item, score }) => [item, score])).toEqual(sorted);
    }
  });

  it('asks the order of an item only when its score could enter', () => {
    const asked: string[] = [];
    const best = new BestKept<string>(1, (item) => (asked.push(item), item.charCodeAt(0)));
    best.offer('a', 5);
    best.offer('b', 1);
    best.offer('c', 5);
    expect(asked).toEqual(['a', 'c']);
    expect(best.best()).toEqual([{ item: 'a', score: 5 }]);
  });

  it('keeps nothing with a limit of 0', () => {
    expect(keep(0, [['a', 1]])).toEqual([]);
  });
});

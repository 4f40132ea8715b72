import { terms } from '../shared/text/search-terms.js';

/**
 * How much two tellings share, weighted so rare words count: "15th", "JHLC", "undersea cable"
 * say more than "Japan", "minister" or "economic", which every paper repeats. Terms come from the
 * search tokenizer, so "2+2", "U.S." and stems agree with /ask; acronyms are added for names
 * written out ("Economic Policy Consultative Committee" → "epcc").
 */

const SMALL = new Set(['of', 'and', 'for', 'on', 'the', 'in', 'to']);

/** Initials of each run of capitalised words: "Joint High-Level Committee" → "jhlc". */
export function acronyms(text: string): string[] {
  const found: string[] = [];
  for (const run of text.matchAll(/(?:[A-Z][\w.’']*(?:-[A-Z][\w.’']*)*\s+(?:(?:of|and|for|on|the)\s+)?)+[A-Z][\w.’']*(?:-[A-Z][\w.’']*)*/g)) {
    const initials = run[0]
      .split(/[\s-]+/)
      .filter((word) => !SMALL.has(word))
      .map((word) => word.charAt(0))
      .join('')
      .toLowerCase();
    if (initials.length >= 3) found.push(initials);
  }
  return found;
}

export function features(text: string): Set<string> {
  return new Set([...terms(text), ...acronyms(text)]);
}

export class Weights {
  private readonly idf = new Map<string, number>();

  constructor(sets: readonly Set<string>[]) {
    const df = new Map<string, number>();
    for (const set of sets) for (const term of set) df.set(term, (df.get(term) ?? 0) + 1);
    for (const [term, count] of df) this.idf.set(term, Math.log(1 + sets.length / count));
  }

  weight(term: string): number {
    return this.idf.get(term) ?? 0;
  }

  total(set: Set<string>): number {
    let sum = 0;
    for (const term of set) sum += this.weight(term);
    return sum;
  }

  /** The share of the smaller telling's weight that the other shares: 0 (nothing) to 1. */
  similarity(a: Set<string>, b: Set<string>): number {
    let shared = 0;
    for (const term of a) if (b.has(term)) shared += this.weight(term);
    const smaller = Math.min(this.total(a), this.total(b));
    return smaller === 0 ? 0 : shared / smaller;
  }
}

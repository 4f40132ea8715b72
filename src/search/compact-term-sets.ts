import type { Vocabulary } from './vocabulary.js';

/** What the ranking asks of a passage's terms: has it this term, or this pair ("export control")? */
export interface TermSet {
  has(term: string): boolean;
  /** `has` for a term by its vocabulary id, and for a pair by its two ids: for terms looked up once per question and asked of every candidate. */
  hasId(id: number): boolean;
  hasPairIds(first: number, second: number): boolean;
  /** `has("first second")`, asked by the two terms: the ranking asks for pairs of every candidate, and need not make the string and split it again. */
  hasPair(first: string, second: string): boolean;
}

/** Pair keys are `first id × PAIR_BASE + second id`: exact in a double while ids stay below it. */
const PAIR_BASE = 2 ** 26;

/**
 * Every passage's distinct terms and adjacent term pairs, as sorted ids in a few shared typed
 * arrays: a Set of strings per passage cost ~5 KiB each (two thirds of the index heap at 100×
 * the papers); sorted ids cost 4 bytes a term and 8 a pair, looked up by binary search.
 */
export class PassageTermSets {
  private terms = new Uint32Array(4096);
  private termCount = 0;
  private pairs = new Float64Array(4096);
  private pairCount = 0;
  private readonly termStarts: number[] = [0];
  private readonly pairStarts: number[] = [0];

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Adds the next passage from its term ids in text order; returns its ordinal. */
  add(distinctIds: Iterable<number>, sequenceIds: readonly number[]): number {
    const ids = Uint32Array.from(new Set(distinctIds)).sort();
    const keys = new Set<number>();
    for (let i = 1; i < sequenceIds.length; i++) keys.add(pairKey(sequenceIds[i - 1]!, sequenceIds[i]!));
    const pairs = Float64Array.from(keys).sort();
    if (this.termCount + ids.length > this.terms.length) this.terms = copiedInto(new Uint32Array(2 * (this.termCount + ids.length)), this.terms);
    this.terms.set(ids, this.termCount);
    this.termCount += ids.length;
    if (this.pairCount + pairs.length > this.pairs.length) this.pairs = copiedInto(new Float64Array(2 * (this.pairCount + pairs.length)), this.pairs);
    this.pairs.set(pairs, this.pairCount);
    this.pairCount += pairs.length;
    this.termStarts.push(this.termCount);
    this.pairStarts.push(this.pairCount);
    return this.termStarts.length - 2;
  }

  /** Ends the build: the arrays shrink to what they hold. */
  freeze(): void {
    this.terms = this.terms.slice(0, this.termCount);
    this.pairs = this.pairs.slice(0, this.pairCount);
  }

  /**
   * Whether the passage with this ordinal has any of these term ids. A plain loop: it is asked
   * for every question term of every candidate, and an array or closure made per call was
   * garbage that made the collections inside answers more frequent.
   */
  holdsAny(ordinal: number, ids: readonly number[]): boolean {
    const start = this.termStarts[ordinal]!;
    const end = this.termStarts[ordinal + 1]!;
    for (let i = 0; i < ids.length; i++) if (contains(this.terms, start, end, ids[i]!)) return true;
    return false;
  }

  /** The terms of the passage with this ordinal (asked once the sets are frozen). */
  of(ordinal: number): TermSet {
    return new OnePassage(this.vocabulary, this.terms, this.termStarts[ordinal]!, this.termStarts[ordinal + 1]!, this.pairs, this.pairStarts[ordinal]!, this.pairStarts[ordinal + 1]!);
  }
}

/** One passage's slices of the shared arrays: one object per passage asked about, its methods shared (it is made for every candidate of every question). */
class OnePassage implements TermSet {
  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly terms: Uint32Array,
    private readonly termStart: number,
    private readonly termEnd: number,
    private readonly pairs: Float64Array,
    private readonly pairStart: number,
    private readonly pairEnd: number,
  ) {}

  has(term: string): boolean {
    const space = term.indexOf(' ');
    if (space < 0) {
      const id = this.vocabulary.idOf(term);
      return id !== undefined && this.hasId(id);
    }
    return this.hasPair(term.slice(0, space), term.slice(space + 1));
  }

  hasPair(first: string, second: string): boolean {
    const firstId = this.vocabulary.idOf(first);
    const secondId = this.vocabulary.idOf(second);
    return firstId !== undefined && secondId !== undefined && this.hasPairIds(firstId, secondId);
  }

  hasId(id: number): boolean {
    return contains(this.terms, this.termStart, this.termEnd, id);
  }

  hasPairIds(first: number, second: number): boolean {
    return contains(this.pairs, this.pairStart, this.pairEnd, pairKey(first, second));
  }
}

function pairKey(first: number, second: number): number {
  if (first >= PAIR_BASE || second >= PAIR_BASE) throw new Error(`briefbot search: more than ${PAIR_BASE} distinct terms`);
  return first * PAIR_BASE + second;
}

/** Binary search for `value` in the sorted slice [start, end). */
export function contains(array: Uint32Array | Float64Array, start: number, end: number, value: number): boolean {
  let low = start;
  let high = end - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = array[middle]!;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** `target` with `source` copied to its start. */
export function copiedInto<T extends Uint32Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

import SearchableMap from 'minisearch/SearchableMap';
import { recentlyRememberedIn } from '../shared/text/memo.js';
import { copiedInto } from './compact-term-sets.js';
import { WrittenScripts } from './written-scripts.js';

/**
 * How many prefix and typo look-ups of each kind a vocabulary remembers: this many, or one for
 * every ten of its terms if that is more. A question's words come back in question after question
 * ("japan", "export", "semiconductor"), and a typo look-up walks the whole SearchableMap: it was a
 * tenth of an answer's time on the papers. The vocabulary does not change once built, so a
 * remembered look-up is the same as a new one; when the memory is full the look-up used least
 * recently is forgotten (shared/text/memo.ts), so the words asked all the time stay. The 90 dev
 * questions make 453 prefix and 321 typo look-ups on the papers; the three question sets together
 * (437 questions, a few weeks of a team's asking) 1,129 and 672, which a memory of 600 — emptied
 * when full, as it was — forgot twice a pass, and the typo look-ups came back at a twentieth of
 * the answers' time. About 240 bytes each: 1,500 of each kind is about 0.7 MiB.
 * (234 questions on whitehouse-2022's 27,204 terms make 555 and 441.)
 */
export const LOOKUP_MEMORY = 1500;

/**
 * The index's terms, each with an id, the passages whose text has it (for IDF) and the postings
 * MiniSearch walks for it (text, section and title together), plus a SearchableMap of the terms
 * for prefix and typo look-ups. Ids stay small and dense so per-passage term sets can be typed
 * arrays (compact-term-sets.ts).
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private textFrequency = new Uint32Array(1024);
  private postingCount = new Uint32Array(1024);
  private searchable: SearchableMap<number> | null = null;
  private readonly prefixMemo = new Map<string, readonly string[]>();
  private readonly nearMemo = new Map<string, readonly (readonly [string, number])[]>();
  private readonly scripts = new WrittenScripts();

  /** How many look-ups of each kind are remembered: set when the vocabulary is built. */
  private memory = LOOKUP_MEMORY;

  /** `remember`: how many look-ups of each kind to remember, instead of what LOOKUP_MEMORY says. */
  constructor(private readonly remember?: number) {}

  /** The id of a term, added if new (while building). */
  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(term, id);
      this.words.push(term);
      this.scripts.add(term);
      if (id >= this.postingCount.length) {
        this.textFrequency = copiedInto(new Uint32Array(2 * id), this.textFrequency);
        this.postingCount = copiedInto(new Uint32Array(2 * id), this.postingCount);
      }
    }
    return id;
  }

  /** Counts a passage's distinct terms: `inText` for those of its text (IDF), all for the postings. */
  count(id: number, inText: boolean): void {
    this.postingCount[id]! += 1;
    if (inText) this.textFrequency[id]! += 1;
  }

  /** Ends the build: trims the counts and makes the prefix/typo map. */
  freeze(): void {
    this.textFrequency = this.textFrequency.slice(0, this.words.length);
    this.postingCount = this.postingCount.slice(0, this.words.length);
    this.memory = this.remember ?? Math.max(LOOKUP_MEMORY, Math.round(this.words.length / 10));
    this.searchable = SearchableMap.from(this.words.map((word, id): [string, number] => [word, id]));
  }

  get size(): number {
    return this.words.length;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  termOf(id: number): string {
    return this.words[id]!;
  }

  /** Whether a term is written in a script none of the corpus's terms is (written-scripts.ts). */
  foreign(term: string): boolean {
    return this.scripts.foreign(term);
  }

  /** How many passages' text has the term (0 when it is only in headings or titles, or unknown). */
  textFrequencyOf(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.textFrequency[id]!;
  }

  /** How many postings (passage × field) MiniSearch walks to score the term. */
  postingsOf(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.postingCount[id]!;
  }

  /** Terms that start with `prefix`, the prefix itself included when it is a term. */
  withPrefix(prefix: string): readonly string[] {
    return recentlyRememberedIn(this.prefixMemo, prefix, this.memory, () => [...this.map().atPrefix(prefix).keys()]);
  }

  /** Terms within `distance` edits of `term`, with their distance (the term itself at 0). */
  near(term: string, distance: number): readonly (readonly [string, number])[] {
    return recentlyRememberedIn(this.nearMemo, `${distance} ${term}`, this.memory, () => [...this.map().fuzzyGet(term, distance)].map(([word, [, d]]): [string, number] => [word, d]));
  }

  /** How many look-ups are remembered now (at most the memory given, for each kind). */
  get remembered(): { prefix: number; near: number } {
    return { prefix: this.prefixMemo.size, near: this.nearMemo.size };
  }

  private map(): SearchableMap<number> {
    if (this.searchable === null) throw new Error('briefbot search: the vocabulary is looked up before it is built');
    return this.searchable;
  }
}

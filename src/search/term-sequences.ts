import type { Vocabulary } from './vocabulary.js';

/**
 * Each passage's terms in order, kept compactly for the re-ranking (term proximity, feedback):
 * the index vocabulary's ids, one Uint32Array per passage. Tokenizing the thirty candidates' text
 * again for every question cost several milliseconds; the ids cost 4 bytes a term.
 */
export class TermSequences {
  private readonly sequences = new Map<string, Uint32Array>();

  constructor(private readonly vocabulary: Vocabulary) {}

  /** The passage's term ids in text order (ids of the vocabulary this was made with). */
  add(key: string, ids: readonly number[]): void {
    this.sequences.set(key, Uint32Array.from(ids));
  }

  /** The passage's term ids in order (empty for a key never added). */
  of(key: string): Uint32Array {
    return this.sequences.get(key) ?? new Uint32Array();
  }

  idOf(term: string): number | undefined {
    return this.vocabulary.idOf(term);
  }

  termOf(id: number): string {
    return this.vocabulary.termOf(id);
  }
}

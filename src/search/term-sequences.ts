/**
 * Each passage's terms in order, kept compactly for the re-ranking (term proximity, feedback):
 * one number per term, against a shared vocabulary. Tokenizing the thirty candidates' text again
 * for every question cost several milliseconds; a Uint32Array per passage costs 4 bytes a term.
 */
export class TermSequences {
  private readonly ids = new Map<string, number>();
  private readonly vocabulary: string[] = [];
  private readonly sequences = new Map<string, Uint32Array>();

  add(key: string, sequence: readonly string[]): void {
    this.sequences.set(
      key,
      Uint32Array.from(sequence, (term) => {
        let id = this.ids.get(term);
        if (id === undefined) {
          id = this.vocabulary.length;
          this.ids.set(term, id);
          this.vocabulary.push(term);
        }
        return id;
      }),
    );
  }

  /** The passage's term ids in order (empty for a key never added). */
  of(key: string): Uint32Array {
    return this.sequences.get(key) ?? new Uint32Array();
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  termOf(id: number): string {
    return this.vocabulary[id]!;
  }
}

import type { Passage } from '../corpus/index.js';
import { PassageTermSets } from './compact-term-sets.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The cluster hypothesis (van Rijsbergen; Liu & Croft's cluster-based retrieval): a passage of a
 * document, or of a section, that as a whole speaks of the question's topic is likelier to answer
 * it than a passage that holds the same words by chance in a document about something else: the
 * share of the question's weight the passage's document, or section, holds tells them apart.
 * The groups' terms are kept as sorted ids (compact-term-sets.ts), and only for a group whose
 * weight is on.
 */
export class PassageGroups {
  private readonly sets: PassageTermSets;
  private readonly groupOf = new Map<string, number>();
  private open: { key: string; ids: Set<number>; passages: string[] } | null = null;

  /** `keyOf` names the group a passage belongs to; passages of a group come one after another. */
  constructor(
    vocabulary: Vocabulary,
    private readonly keyOf: (passage: Passage) => string,
  ) {
    this.sets = new PassageTermSets(vocabulary);
  }

  /** Adds the next passage, in document order, with its distinct term ids. */
  add(passage: Passage, ids: Iterable<number>): void {
    const key = this.keyOf(passage);
    if (this.open?.key !== key) {
      this.close();
      this.open = { key, ids: new Set(), passages: [] };
    }
    for (const id of ids) this.open.ids.add(id);
    this.open.passages.push(passage.id);
  }

  /** Ends the build. */
  freeze(): void {
    this.close();
    this.sets.freeze();
  }

  /** Whether the passage's group has any of these term ids (false for a passage never added). */
  holdsAny(passage: Passage, ids: readonly number[]): boolean {
    const group = this.groupOf.get(passage.id);
    return group !== undefined && this.sets.holdsAny(group, ids);
  }

  private close(): void {
    if (this.open === null) return;
    const group = this.sets.add(this.open.ids, []);
    for (const id of this.open.passages) this.groupOf.set(id, group);
    this.open = null;
  }
}

/** A document's passages form one group. */
export const byDocument = (passage: Passage): string => passage.doc;

/** A run of a document's passages under one heading forms one group. */
export const bySection = (passage: Passage): string => `${passage.doc}\n${passage.section ?? ''}`;

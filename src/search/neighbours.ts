import type { Passage } from '../corpus/index.js';

/**
 * A passage is one paragraph of an argument, and the paragraph before or after it in the same
 * section often holds the question's other words, where a bullet of a fact sheet stands beside
 * bullets on other things. The passages beside a candidate, under the same heading, are its
 * neighbours; what they add is the share of the question's weight they hold that it lacks.
 */
export class Neighbours {
  private readonly before: number[] = [];
  private readonly after: number[] = [];
  private last: { passage: Passage; ordinal: number } | null = null;

  /** Adds the next passage, in document order, with its ordinal (its place in the build). */
  add(passage: Passage, ordinal: number): void {
    const previous = this.last;
    this.before[ordinal] = -1;
    this.after[ordinal] = -1;
    if (previous !== null && previous.passage.doc === passage.doc && previous.passage.section === passage.section && previous.passage.index + 1 === passage.index) {
      this.before[ordinal] = previous.ordinal;
      this.after[previous.ordinal] = ordinal;
    }
    this.last = { passage, ordinal };
  }

  /**
   * The ordinal of the passage just before this one under the same heading, or -1. Two numbers,
   * not a list: they are asked for every question term of every candidate.
   */
  previous(ordinal: number): number {
    return this.before[ordinal] ?? -1;
  }

  /** The ordinal of the passage just after this one under the same heading, or -1. */
  next(ordinal: number): number {
    return this.after[ordinal] ?? -1;
  }
}

import type { Passage } from '../corpus/index.js';

/**
 * A passage is one paragraph of an argument, and the paragraph before or after it in the same
 * section often holds the question's other words, where a bullet of a fact sheet stands beside
 * bullets on other things. The passages beside a candidate, under the same heading, are its
 * neighbours; what they add is the share of the question's weight they hold that it lacks.
 */
export function neighboursOf(passage: Passage, passageById: (id: string) => Passage | undefined): Passage[] {
  const beside = [passage.index - 1, passage.index + 1].map((index) => passageById(`${passage.doc}#${index}`));
  return beside.filter((other): other is Passage => other !== undefined && other.section === passage.section);
}

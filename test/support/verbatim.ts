import { expect } from 'vitest';
import { EXCERPT_GAP } from '../../src/search/excerpt.js';

/** An excerpt's runs of whole sentences: one, or two where it joins sentences apart in the passage. */
export function excerptRuns(excerpt: string): string[] {
  return excerpt.split(EXCERPT_GAP);
}

/** An excerpt is verbatim: each of its runs is cut from the passage, in the passage's order. */
export function expectVerbatim(passage: string, excerpt: string): void {
  let from = 0;
  for (const run of excerptRuns(excerpt)) {
    const at = passage.indexOf(run, from);
    expect(at, `“${run}” is not cut from the passage after offset ${from}`).toBeGreaterThanOrEqual(from);
    from = at + run.length;
  }
}

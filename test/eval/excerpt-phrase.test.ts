import { describe, expect, it } from 'vitest';
import type { DevQuestion } from '../../eval/dev-set.js';
import { evaluate, summarize } from '../../eval/metrics.js';
import { realKnowledge } from '../support/corpus.js';

const PRYOR = 'pryor-2025-us-japanese-economic-security-policies.md';
const question = (q: string, phrase: string): DevQuestion => ({ q, doc: PRYOR, phrase, style: 'fact', where: `test:${q}` });

describe('"excerpt has phrase"', () => {
  it('asks whether the excerpt shown for a right first passage holds the phrase, matched as the eval matches phrases', () => {
    // Straight quotes in the phrase, curly ones in the paper: the same normalisation as "contains the phrase".
    const blocked = question('who blocked the Nippon Steel deal', 'would "create risk for our national security');
    const announced = question('who blocked the Nippon Steel deal', 'In December 2023, U.S. Steel announced');
    const elsewhere = question('who blocked the Nippon Steel deal', 'U.S. Steel and Nippon Steel filed a lawsuit');
    const outcomes = evaluate(realKnowledge(), [blocked, announced, elsewhere]);
    expect(outcomes.map((o) => o.rank === 1)).toEqual([true, true, false]);
    expect(outcomes.map((o) => o.excerptHasPhrase)).toEqual([true, false, null]);
    expect(summarize(outcomes)).toMatchObject({ firstRight: 2, excerptWithPhrase: 1 });
  });
});

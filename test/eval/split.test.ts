import { describe, expect, it } from 'vitest';
import { readDevSet } from '../../eval/dev-set.js';
import { QUESTION_SETS, questionSetPath } from '../../eval/sets.js';
import { splitOf, TUNING_SHARE } from '../../eval/split.js';

const questions = QUESTION_SETS.flatMap((set) => readDevSet(questionSetPath(set.name)).map((q) => q.q));

describe('the tuning / test split', () => {
  it('is a function of the question text alone, blind to case and spacing', () => {
    for (const q of questions.slice(0, 40)) {
      expect(splitOf(q)).toBe(splitOf(q));
      expect(splitOf(`  ${q.toUpperCase().replace(/ /g, '   ')} `)).toBe(splitOf(q));
    }
  });

  it('keeps every question where it was when questions are added', () => {
    const before = new Map(questions.slice(0, 100).map((q) => [q, splitOf(q)]));
    const added = [...questions.map((q) => `${q} please`), ...questions];
    for (const q of added) if (before.has(q)) expect(splitOf(q)).toBe(before.get(q));
  });

  it(`puts about ${TUNING_SHARE * 100} % of the questions in tuning, in every set`, () => {
    for (const set of QUESTION_SETS) {
      const own = readDevSet(questionSetPath(set.name));
      const share = own.filter((q) => splitOf(q.q) === 'tuning').length / own.length;
      // A hash splits a set of n like n coin tosses: allow three standard deviations (at least 0.1).
      // A set of 100 may well land at 0.49 (fresh2 did); one of several hundred, within 0.1.
      const allowed = Math.max(0.1, 3 * Math.sqrt((TUNING_SHARE * (1 - TUNING_SHARE)) / own.length));
      expect(share, set.name).toBeGreaterThan(TUNING_SHARE - allowed);
      expect(share, set.name).toBeLessThan(TUNING_SHARE + allowed);
    }
  });

  it('is locked: questions tuned on stay out of the test set', () => {
    // Made once, with a fixed salt: moving a question tuned on into the test set would make the
    // test figures flatter the bot. These few pin the salt and the share.
    expect(['who blocked the Nippon Steel deal', 'when was the first epcc ministerial', 'what is jucip', 'rapidus', 'what is the capital of france'].map(splitOf)).toEqual([
      'test',
      'test',
      'test',
      'tuning',
      'test',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { readDevSet } from '../../eval/dev-set.js';
import { evaluate } from '../../eval/metrics.js';
import { projectPath } from '../../src/shared/paths.js';
import { realKnowledge } from '../support/corpus.js';

/**
 * Quality floors on the dev questions (`npm run eval` prints the same figures). The floors sit
 * at what the search reaches now: a change that loses answers fails here.
 */
describe('answer quality on the dev set', () => {
  const questions = readDevSet(projectPath('test', 'fixtures', 'dev-questions.jsonl'));
  const report = evaluate(realKnowledge(), questions);

  it('has enough questions of every kind', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(report.unanswerable).toBeGreaterThanOrEqual(10);
  });

  it('ranks the right passage first', () => {
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.85);
    expect(report.hitAt3).toBeGreaterThanOrEqual(0.95);
    expect(report.mrr).toBeGreaterThanOrEqual(0.9);
  });

  it('says "none" to most unanswerable questions without refusing answerable ones', () => {
    expect(report.correctNone / report.unanswerable).toBeGreaterThanOrEqual(0.55);
    expect(report.falseNone / report.answerable).toBeLessThanOrEqual(0.07);
  });

  it('is helped, not hurt, by glossary expansion', () => {
    const plain = evaluate(realKnowledge(), questions, { expand: false });
    expect(report.hitAt1).toBeGreaterThanOrEqual(plain.hitAt1);
    expect(report.mrr).toBeGreaterThanOrEqual(plain.mrr - 0.005);
    expect(report.falseNone).toBeLessThan(plain.falseNone);
  });
});

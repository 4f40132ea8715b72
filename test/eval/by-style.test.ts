import { describe, expect, it } from 'vitest';
import type { DevQuestion } from '../../eval/dev-set.js';
import { formatByStyle } from '../../eval/format.js';
import type { QuestionOutcome } from '../../eval/metrics.js';
import type { ConfigurationReport } from '../../eval/run.js';
import type { Split } from '../../eval/split.js';

let n = 0;
function outcome(style: DevQuestion['style'], split: Split, rank: number | null, answer: QuestionOutcome['answer']): { set: string; outcome: QuestionOutcome } {
  n += 1;
  const question: DevQuestion = style === 'none' ? { q: `q${n}`, doc: null, phrase: null, style, where: `t:${n}` } : { q: `q${n}`, doc: 'a.md', phrase: 'words', style, where: `t:${n}` };
  return { set: 's', outcome: { question, split, rank, topCoverage: 0.5, signal: { coverage: 0.5, questionTerms: 4 }, answer, reachable: true, excerptHasAnswer: null, excerptHasPhrase: null } };
}

/** `npm run eval -- --by-style`: where the misses are, style by style. */
describe('the eval by question style', () => {
  const report = {
    name: 'shipped',
    outcomes: [
      outcome('paraphrase', 'test', 1, 'found'),
      outcome('paraphrase', 'test', 3, 'possible'),
      outcome('paraphrase', 'test', null, 'none'),
      outcome('paraphrase', 'tuning', 1, 'found'),
      outcome('typo', 'test', 2, 'found'),
      outcome('none', 'test', null, 'found'),
      outcome('none', 'test', null, 'none'),
    ],
  } as unknown as ConfigurationReport;

  it('gives each style its hit@1, hit@3, MRR and outcomes on the split asked for, the styles it has only', () => {
    const lines = formatByStyle(report, ['test']);
    const row = (style: string) => lines.find((line) => line.startsWith(`${style} `))!.split(/\s{2,}/);
    expect(row('paraphrase')).toEqual(['paraphrase', 'test', '3', '0.333', '0.667', '0.444', '1 / 1 / 1']);
    expect(row('typo')).toEqual(['typo', 'test', '1', '0.000', '1.000', '0.500', '1 / 0 / 0']);
    // Unanswerable questions have no rank: only their outcomes.
    expect(row('none')).toEqual(['none', 'test', '2', '–', '–', '–', '1 / 0 / 1']);
    expect(lines.some((line) => line.startsWith('fact '))).toBe(false);
  });

  it('keeps the splits apart', () => {
    const lines = formatByStyle(report, ['tuning', 'test']);
    expect(lines.filter((line) => line.startsWith('paraphrase ')).map((line) => line.split(/\s{2,}/).slice(1, 3))).toEqual([
      ['tuning', '1'],
      ['test', '3'],
    ]);
  });
});

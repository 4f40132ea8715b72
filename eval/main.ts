/**
 * `npm run eval`: answer quality on the dev questions — hit@1, hit@3, MRR, and how the
 * unanswerable ones fared. `--misses` lists the questions that missed; `--baseline` also scores
 * off-the-shelf MiniSearch over the same passages, for comparison.
 */
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.js';
import { projectPath } from '../src/shared/paths.js';
import { baselineReport } from './baseline.js';
import { readDevSet } from './dev-set.js';
import { evaluate, type EvalReport } from './metrics.js';

const { values } = parseArgs({ options: { misses: { type: 'boolean' }, baseline: { type: 'boolean' } } });
const knowledge = loadKnowledge(projectPath('corpus'), (line) => console.error(`warning: ${line}`));
const questions = readDevSet(projectPath('test', 'fixtures', 'dev-questions.jsonl'));

function row(name: string, report: Pick<EvalReport, 'hitAt1' | 'hitAt3' | 'mrr'>): string {
  return `${name.padEnd(22)} hit@1 ${report.hitAt1.toFixed(3)}  hit@3 ${report.hitAt3.toFixed(3)}  MRR ${report.mrr.toFixed(3)}`;
}

const report = evaluate(knowledge, questions);
console.log(`dev set: ${report.answerable} answerable, ${report.unanswerable} unanswerable questions`);
if (values.baseline) {
  console.log(row('minisearch defaults', baselineReport(knowledge.corpus.documents, questions)));
  console.log(row('briefbot, no glossary', evaluate(knowledge, questions, { expand: false })));
}
console.log(row('briefbot', report));
console.log(`unanswerable: ${report.correctNone}/${report.unanswerable} answered "none"; answerable wrongly "none": ${report.falseNone}/${report.answerable}`);
if (values.misses) {
  for (const o of report.outcomes) {
    const wrongNone = o.question.style === 'none' ? o.answer !== 'none' : o.answer === 'none';
    if (o.rank === 1 && !wrongNone) continue;
    if (o.question.style === 'none' && !wrongNone) continue;
    console.log(`  [${o.question.style}] rank=${o.rank ?? '-'} answer=${o.answer}  ${o.question.q}`);
  }
}

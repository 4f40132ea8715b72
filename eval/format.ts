import type { Figures } from './metrics.js';
import type { ConfigurationReport, DistractorChange, SplitChoice } from './run.js';
import { inSplit } from './run.js';

const f3 = (n: number) => n.toFixed(3);
const ratio = (n: number, of: number) => (of === 0 ? '–' : `${n}/${of}`);
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(3)}`;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

function quality(f: Figures): string[] {
  const share = (n: number, of: number) => (of === 0 ? '–' : `${n}/${of} ${f3(n / of)}`);
  return [`${f.questions} (${f.unanswerable} un.)`, f3(f.hitAt1), f3(f.hitAt3), f3(f.mrr), share(f.excerptWithAnswer, f.excerptShown), share(f.excerptWithPhrase, f.firstRight), String(f.unreachable), ratio(f.correctNone, f.unanswerable), ratio(f.falseNone, f.answerable)];
}

export function formatConfiguration(report: ConfigurationReport): string[] {
  const { today, calibrated } = report.threshold;
  const lines = [`== corpus: ${report.name} (${report.documents} documents, ${report.passages} passages) ==`];
  lines.push(
    ...table(
      ['set', 'split', 'questions', 'hit@1', 'hit@3', 'MRR', 'excerpt has answer', 'excerpt has phrase', 'phrase in no passage', 'unanswerable "none"', 'answerable wrongly "none"'],
      report.rows.map((row) => [row.set, row.split, ...quality(row.today)]),
    ),
  );
  lines.push('', `"none" threshold (found when the best passage covers at least t of the question): today ${f3(today)}, calibrated on the tuning split ${f3(calibrated)}`);
  lines.push(
    ...table(
      ['set', 'split', 'unanswerable "none": today → calibrated', 'answerable wrongly "none": today → calibrated'],
      report.rows.map((row) => [
        row.set,
        row.split,
        `${ratio(row.today.correctNone, row.today.unanswerable)} → ${ratio(row.calibrated.correctNone, row.calibrated.unanswerable)}`,
        `${ratio(row.today.falseNone, row.today.answerable)} → ${ratio(row.calibrated.falseNone, row.calibrated.answerable)}`,
      ]),
    ),
  );
  lines.push('', 'leave one document out (all splits; threshold t calibrated on the other documents\' tuning questions):');
  lines.push(
    ...table(
      ['document', 'questions', 'hit@1', 'hit@3', 'MRR', 'excerpt has answer', 'excerpt has phrase', 'phrase in no passage', 'wrongly "none": today → left out', 't'],
      report.leaveOneDocumentOut.map((d) => [d.doc.replace(/\.md$/, '').slice(0, 60), String(d.today.questions), ...quality(d.today).slice(1, 7), `${ratio(d.today.falseNone, d.today.answerable)} → ${ratio(d.leftOut.falseNone, d.leftOut.answerable)}`, f3(d.threshold)]),
    ),
  );
  if (report.thresholdDisagreements > 0) {
    lines.push(`warning: ask() decided "none" otherwise than its minCoverage threshold predicts on ${report.thresholdDisagreements} questions: the calibration figures no longer model it`);
  }
  return lines;
}

/** How much hit@3 a set may lose when other documents are added beside its own (README, "Quality and speed"). */
export const ALLOWED_HIT3_DROP = 0.01;

export function formatDistractors(changes: readonly DistractorChange[]): string[] {
  if (changes.length === 0) return [];
  return [
    '== with distractors: change from the set\'s own corpus ==',
    ...table(
      ['set', 'split', 'from → to', 'hit@1', 'hit@3', 'MRR', ''],
      changes.map((c) => [c.set, c.split, `${c.from} → ${c.to}`, signed(c.hitAt1), signed(c.hitAt3), signed(c.mrr), c.hitAt3 < -ALLOWED_HIT3_DROP - 1e-9 ? `hit@3 drops more than the ${ALLOWED_HIT3_DROP} allowed` : '']),
    ),
  ];
}

/** The questions that missed: not first, or "none" decided wrongly, or an excerpt without the answer. */
export function formatMisses(report: ConfigurationReport, splits: readonly SplitChoice[]): string[] {
  const lines = [`-- misses, corpus ${report.name} --`];
  for (const { set, outcome: o } of report.outcomes) {
    if (!splits.some((split) => inSplit(o, split))) continue;
    const unanswerable = o.question.style === 'none';
    const wrongNone = unanswerable ? o.answer !== 'none' : o.answer === 'none';
    if (!wrongNone && (unanswerable || (o.rank === 1 && o.excerptHasAnswer !== false && o.excerptHasPhrase !== false))) continue;
    const coverage = o.topCoverage === null ? '-' : o.topCoverage.toFixed(2);
    const excerpt = (o.reachable ? '' : ' phrase in no passage') + (o.excerptHasAnswer === false ? ' excerpt lacks answer' : '') + (o.excerptHasPhrase === false ? ' excerpt lacks phrase' : '');
    lines.push(`  [${set} ${o.split} ${o.question.style}] rank=${o.rank ?? '-'} answer=${o.answer} coverage=${coverage}${excerpt}  ${o.question.q}  (${o.question.where})`);
  }
  return lines;
}

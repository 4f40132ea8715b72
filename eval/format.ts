import type { ConfidenceModel } from '../src/search/index.js';
import { sameModel } from './calibrate.js';
import { QUESTION_STYLES } from './dev-set.js';
import { summarize, type Figures } from './metrics.js';
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

const modelText = (m: ConfidenceModel) => `a ${m.intercept.toFixed(2)}  b ${m.coverage.toFixed(2)}  c ${m.questionLength.toFixed(2)}  n ${f3(m.noneBelow)}  f ${f3(m.foundFrom)}`;
const outcomes = (o: Record<'found' | 'possible' | 'none', number>) => `${o.found} / ${o.possible} / ${o.none}`;

export function formatConfiguration(report: ConfigurationReport): string[] {
  const lines = [`== corpus: ${report.name} (${report.documents} documents, ${report.passages} passages) ==`];
  lines.push(
    ...table(
      ['set', 'split', 'questions', 'hit@1', 'hit@3', 'MRR', 'excerpt has answer', 'excerpt has phrase', 'phrase in no passage', 'unanswerable "none"', 'answerable wrongly "none"'],
      report.rows.map((row) => [row.set, row.split, ...quality(row.today)]),
    ),
  );
  const { shipped, calibrated, calibratedOn } = report.model;
  const same = sameModel(shipped, calibrated);
  // Only a calibration on every set is the one options.ts ships: with --set it is a what-if.
  const advice = same ? '  (the same)' : calibratedOn.allSets ? '  ← differs: copy it into options.ts' : '';
  const on = calibratedOn.allSets ? 'all sets and corpora' : `only ${calibratedOn.sets.join(', ')}: not what options.ts ships`;
  lines.push('', 'confidence p = 1/(1+e^-(a + b·coverage + c·ln max(question terms, 3))): "none" below n, "found" from f, "possibly relevant" between');
  lines.push(`  shipped (options.ts): ${modelText(shipped)}`);
  lines.push(`  calibrated on the tuning split (${on}): ${modelText(calibrated)}${advice}`);
  lines.push(
    ...table(
      ['set', 'split', 'answerable found / possible / none', 'unanswerable found / possible / none', ...(same ? [] : ['calibrated: answerable', 'unanswerable'])],
      report.rows.map((row) => [
        row.set,
        row.split,
        outcomes(row.today.answerableOutcomes),
        outcomes(row.today.unanswerableOutcomes),
        ...(same ? [] : [outcomes(row.calibrated.answerableOutcomes), outcomes(row.calibrated.unanswerableOutcomes)]),
      ]),
    ),
  );
  lines.push('', 'leave one document out (all splits; the model calibrated on the other documents\' tuning questions, of every corpus):');
  const left = report.leaveOneDocumentOut;
  const sum = (pick: (d: (typeof left)[number]) => Record<'found' | 'possible' | 'none', number>) =>
    left.reduce((total, d) => ({ found: total.found + pick(d).found, possible: total.possible + pick(d).possible, none: total.none + pick(d).none }), { found: 0, possible: 0, none: 0 });
  lines.push(
    ...table(
      ['document', 'questions', 'hit@1', 'hit@3', 'MRR', 'excerpt has answer', 'excerpt has phrase', 'phrase in no passage', 'found / possible / none: shipped → left out', 'n', 'f'],
      [
        ...left.map((d) => [d.doc.replace(/\.md$/, '').slice(0, 60), String(d.today.questions), ...quality(d.today).slice(1, 7), `${outcomes(d.today.answerableOutcomes)} → ${outcomes(d.leftOut.answerableOutcomes)}`, f3(d.model.noneBelow), f3(d.model.foundFrom)]),
        ['all answerable', String(left.reduce((n, d) => n + d.today.answerable, 0)), '', '', '', '', '', '', `${outcomes(sum((d) => d.today.answerableOutcomes))} → ${outcomes(sum((d) => d.leftOut.answerableOutcomes))}`, '', ''],
      ],
    ),
  );
  const unanswerable = report.leftOutUnanswerable.unanswerableOutcomes;
  lines.push(`unanswerable questions (all splits), each decided by a model calibrated without it: found / possible / none ${outcomes(unanswerable)}`);
  if (report.thresholdDisagreements > 0) {
    lines.push(`warning: ask() decided otherwise than the eval's replay of its confidence model on ${report.thresholdDisagreements} questions: the calibration figures no longer model it`);
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
    // An unanswerable question "possibly relevant" is shown with its label: a miss only when "found".
    const wrongNone = unanswerable ? o.answer === 'found' : o.answer === 'none';
    if (!wrongNone && (unanswerable || (o.rank === 1 && o.excerptHasAnswer !== false && o.excerptHasPhrase !== false))) continue;
    const coverage = o.topCoverage === null ? '-' : o.topCoverage.toFixed(2);
    const excerpt = (o.reachable ? '' : ' phrase in no passage') + (o.excerptHasAnswer === false ? ' excerpt lacks answer' : '') + (o.excerptHasPhrase === false ? ' excerpt lacks phrase' : '');
    lines.push(`  [${set} ${o.split} ${o.question.style}] rank=${o.rank ?? '-'} answer=${o.answer} coverage=${coverage}${excerpt}  ${o.question.q}  (${o.question.where})`);
  }
  return lines;
}

/**
 * The chosen sets' questions by style, per split: hit@1 / hit@3 / MRR of the answerable ones, and
 * every style's outcomes — where the misses are (paraphrases share few words with their passage).
 */
export function formatByStyle(report: ConfigurationReport, splits: readonly SplitChoice[]): string[] {
  const rows = splits.flatMap((split) =>
    QUESTION_STYLES.flatMap((style) => {
      const some = report.outcomes.map(({ outcome }) => outcome).filter((o) => o.question.style === style && inSplit(o, split));
      if (some.length === 0) return [];
      const f = summarize(some);
      const ranked = style === 'none' ? ['–', '–', '–'] : [f3(f.hitAt1), f3(f.hitAt3), f3(f.mrr)];
      return [[style, split, String(some.length), ...ranked, outcomes(style === 'none' ? f.unanswerableOutcomes : f.answerableOutcomes)]];
    }),
  );
  return [`-- by style, corpus ${report.name} --`, ...table(['style', 'split', 'questions', 'hit@1', 'hit@3', 'MRR', 'found / possible / none'], rows)];
}

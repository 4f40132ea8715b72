/**
 * `npm run eval`: answer quality per corpus configuration, question set and split (tuning / locked
 * test) — hit@1, hit@3, MRR, whether the shown excerpt holds the answer, the found / possibly
 * relevant / none outcomes with ask()'s confidence model and the one calibrated on the tuning split
 * (its values printed: options.ts ships them), leave-one-document-out, and what the shared
 * documents do to the shipped questions as distractors. Options: USAGE below.
 */
import { baselineReport } from './baseline.js';
import { readDevSet } from './dev-set.js';
import { formatByStyle, formatConfiguration, formatDistractors, formatMisses } from './format.js';
import { loadConfiguration } from './load-configuration.js';
import { evaluate, summarize } from './metrics.js';
import { calibrateModel } from './calibrate.js';
import { distractorChanges, evaluateConfiguration, inSplit, runConfiguration, type ConfigurationReport, type EvaluatedConfiguration, type LoadedSet, type SplitChoice } from './run.js';
import { CONFIGURATIONS, QUESTION_SETS, questionSetPath, unavailable } from './sets.js';
import { failWith, toolArgs } from './tool-args.js';

const started = performance.now();
const USAGE = `Usage: npm run eval -- [options]
  --set NAME       only this question set (repeatable): ${QUESTION_SETS.map((s) => s.name).join(', ')}
  --split S        tuning | test | all (default: tuning and test side by side)
  --misses         list the questions that missed
  --by-style       hit@1 / hit@3 / MRR and the outcomes per question style (paraphrase, typo, none…)
  --json           the whole report as JSON
  --baseline       also off-the-shelf MiniSearch and briefbot without glossary expansion
  --help           this text`;
const { values } = toolArgs('npm run eval', USAGE, {
  set: { type: 'string', multiple: true },
  split: { type: 'string' },
  misses: { type: 'boolean' },
  'by-style': { type: 'boolean' },
  json: { type: 'boolean' },
  baseline: { type: 'boolean' },
});
const fail: (message: string) => never = failWith('npm run eval', USAGE);


const SPLITS = ['tuning', 'test', 'all'] as const;
if (values.split !== undefined && !(SPLITS as readonly string[]).includes(values.split)) fail(`--split must be one of ${SPLITS.join(', ')}, not "${values.split}"`);
const splits: SplitChoice[] = values.split === undefined ? ['tuning', 'test'] : [values.split as SplitChoice];
const known = QUESTION_SETS.map((s) => s.name);
for (const name of values.set ?? []) if (!known.includes(name)) fail(`no question set "${name}" (sets: ${known.join(', ')})`);
const chosen = QUESTION_SETS.filter((s) => values.set === undefined || values.set.includes(s.name));

let loaded: (LoadedSet & { corpus: string })[];
try {
  loaded = chosen.map((s) => ({ name: s.name, corpus: s.corpus, questions: readDevSet(questionSetPath(s.name)) }));
} catch (error) {
  fail((error as Error).message);
}

const evaluated: EvaluatedConfiguration[] = [];
const skipped: string[] = [];
for (const configuration of CONFIGURATIONS) {
  const sets = loaded.filter((s) => (configuration.corpora as readonly string[]).includes(s.corpus));
  if (sets.length === 0) continue;
  const missing = unavailable(configuration);
  if (missing !== null) {
    skipped.push(`== corpus: ${configuration.name}: skipped, ${missing} ==`, '');
    continue;
  }
  const knowledge = loadConfiguration(configuration, (line) => console.error(`warning: ${line}`));
  for (const set of sets) {
    for (const q of set.questions) {
      if (q.doc !== null && !knowledge.documents.has(q.doc)) console.error(`warning: ${q.where}: document "${q.doc}" is not loaded in corpus ${configuration.name}: counted as a miss`);
    }
  }
  evaluated.push(evaluateConfiguration(configuration, knowledge, sets));
}
// One model for every corpus: calibrated on the tuning questions of all configurations together.
const pool = evaluated.flatMap((e) => e.outcomes.map((o) => o.outcome));
const calibrated = calibrateModel(pool.filter((o) => o.split === 'tuning'));

const reports: ConfigurationReport[] = [];
const text: string[] = [...skipped];
for (const one of evaluated) {
  const report = runConfiguration(one, splits, calibrated, pool, { sets: chosen.map((set) => set.name), allSets: chosen.length === QUESTION_SETS.length });
  reports.push(report);
  text.push(...formatConfiguration(report));
  if (values.baseline) {
    text.push('', 'for comparison (hit@1 / hit@3 / MRR):');
    for (const set of one.sets) {
      for (const split of splits) {
        const questions = evaluate(one.knowledge, set.questions, { expand: false }).filter((o) => inSplit(o, split));
        const plain = summarize(questions);
        const mini = baselineReport(one.knowledge.corpus.documents, questions.map((o) => o.question));
        const f = (r: { hitAt1: number; hitAt3: number; mrr: number }) => `${r.hitAt1.toFixed(3)} / ${r.hitAt3.toFixed(3)} / ${r.mrr.toFixed(3)}`;
        text.push(`  ${set.name} ${split}: minisearch defaults ${f(mini)}; briefbot without glossary ${f(plain)}`);
      }
    }
  }
  if (values['by-style']) text.push('', ...formatByStyle(report, splits));
  if (values.misses) text.push('', ...formatMisses(report, splits));
  text.push('');
}
const changes = distractorChanges(reports);
const seconds = (performance.now() - started) / 1000;
if (values.json) {
  const withoutOutcomes = reports.map(({ outcomes, ...rest }) => ({
    ...rest,
    ...(values.misses ? { outcomes: outcomes.map(({ set, outcome }) => ({ set, ...outcome })) } : {}),
  }));
  console.log(JSON.stringify({ splits, configurations: withoutOutcomes, distractors: changes, seconds }, null, 2));
} else {
  console.log([...text, ...formatDistractors(changes), '', `eval took ${seconds.toFixed(1)} s`].join('\n'));
}

/**
 * `npx tsx eval/fit-ranking.ts [--rounds N] [--margin X] [--penalty W]`: fits the re-ranker's
 * weights, BM25 parameters and field boosts jointly (eval/fit-objective.ts lists them) on the
 * TUNING split only, by coordinate ascent (eval/coordinate-ascent.ts): each round multiplies every
 * parameter in turn by 0, 0.5, 0.75, 1.33 and 2 and keeps the best only if the objective rises by
 * more than the margin. The objective is the sum over (set, corpus configuration) of MRR, less
 * W × how far a set's hit@3 falls past the allowed 0.01 drop when the shared documents are indexed
 * beside its own corpus. It starts from options.ts; the corpora are read once, each setting
 * rebuilds the index (about 0.3 s; asking the tuning questions takes most of a setting's 3–4 s, so
 * re-ranking without a rebuild would save little; a round of the 13 parameters takes 4–5 minutes
 * on two shared cores). It prints every point tried, the changes kept per round,
 * the tuning figures before and after, and the fitted values as options.ts would take them.
 * The test split is not read: judge the result with `npm run eval` before copying anything.
 *   --rounds N    at most N rounds (default 4; it stops early after a round that changes nothing)
 *   --margin X    the rise a change must beat (default 0.01: about two questions moving from rank 2 to 1)
 *   --penalty W   weight of the distractor shortfall (default 5: one more tuning `papers` question
 *                 lost from the top 3 among the distractors outweighs several gained at rank 1)
 */
import { coordinateAscent, type Point } from './coordinate-ascent.js';
import { FITTED_PARAMETERS, fitObjective, pointOf, settingOf } from './fit-objective.js';
import { distractorChanges, loadRankingConfigurations, scoreSetting, type SetFigures } from './rank-settings.js';
import { failWith, toolArgs } from './tool-args.js';

const STEPS = [0, 0.5, 0.75, 1.33, 2];

const USAGE = `Usage: npx tsx eval/fit-ranking.ts [options]   (tuning split only; judge the result with npm run eval)
  --rounds N    at most N rounds (default 4; it stops early after a round that changes nothing)
  --margin X    the rise in the objective a change must beat (default 0.01)
  --penalty W   weight of the distractor shortfall (default 5)
  --help        this text`;
const { values } = toolArgs('eval/fit-ranking', USAGE, { rounds: { type: 'string' }, margin: { type: 'string' }, penalty: { type: 'string' } });
const fail: (message: string) => never = failWith('eval/fit-ranking', USAGE);


function numberOption(name: string, text: string | undefined, fallback: number, integer = false): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) fail(`--${name} must be a ${integer ? 'whole ' : ''}number ≥ 0, not "${text}"`);
  return value;
}

const rounds = numberOption('rounds', values.rounds, 4, true);
const margin = numberOption('margin', values.margin, 0.01);
const penalty = numberOption('penalty', values.penalty, 5);

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
const loaded = loadRankingConfigurations('tuning', (line) => console.error(`warning: ${line}`));
if (loaded.length < 2) console.error('warning: the shared documents are missing: the fit sees no distractors');
// The options ask() uses: the knowledge's own index is built with options.ts as it stands.
const shipped = loaded[0]!.knowledge.search.options;

const f3 = (x: number) => x.toFixed(3);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
const start = pointOf(shipped);
/** What a point changes from options.ts, for the log. */
const changed = (point: Point) =>
  Object.keys(point)
    .filter((name) => point[name] !== start[name])
    .map((name) => `${name} ${point[name]}`)
    .join(', ') || 'options.ts';
const results = new Map<string, SetFigures[]>();
const objective = (point: Point) => {
  const figures = scoreSetting(loaded, settingOf(point, shipped));
  results.set(JSON.stringify(point), figures);
  return fitObjective(figures, penalty);
};

console.log(`tuning split; objective: Σ MRR over (set, configuration) − ${penalty} × distractor hit@3 shortfall past −0.01; steps ×${STEPS.join(', ×')}; margin ${margin}`);
const fit = coordinateAscent(start, FITTED_PARAMETERS, objective, {
  steps: STEPS,
  margin,
  rounds,
  tried: (point, value) => console.log(`  ${seconds()} s  ${value.toFixed(4)}  ${changed(point)}`),
});
for (const round of fit.rounds) {
  const kept = round.changes.map((c) => `${c.name} ${c.from} → ${c.to} (${c.value.toFixed(4)})`).join('; ') || 'nothing kept';
  console.log(`round ${round.round}: ${round.from.toFixed(4)} → ${round.to.toFixed(4)}: ${kept}`);
}

const describe = (figures: readonly SetFigures[]) =>
  [
    ...figures.map((r) => `  ${r.configuration}, ${r.set}: hit@1 ${f3(r.figures.hitAt1)}  hit@3 ${f3(r.figures.hitAt3)}  MRR ${f3(r.figures.mrr)}`),
    `  distractors Δhit@3: ${distractorChanges(figures)
      .map((c) => `${c.set} ${signed(c.hitAt3)}`)
      .join('  ')}`,
  ].join('\n');
console.log(`\nobjective ${fit.start.toFixed(4)} → ${fit.value.toFixed(4)} after ${fit.evaluations} settings, ${seconds()} s`);
console.log(`options.ts (tuning split):\n${describe(results.get(JSON.stringify(start))!)}`);
console.log(`fitted (tuning split):\n${describe(results.get(JSON.stringify(fit.best))!)}`);
console.log(`fitted values, as options.ts takes them:\n${JSON.stringify(settingOf(fit.best, shipped))}`);

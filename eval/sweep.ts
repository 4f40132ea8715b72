/**
 * `npx tsx eval/sweep.ts --option NAME=V1,V2 [--option …] [--split tuning|test|all] [--at-scale]`:
 * ranking figures (hit@1 / hit@3 / MRR) per question set for every combination of search option
 * values, each set asked over its own corpus, plus the change in hit@3 when the shared documents
 * are indexed beside the shipped papers — or, with --at-scale, the shipped sets' figures among
 * every White House release of 2022 (AT_SCALE), where the posting budget binds. The corpora are
 * read once; only the index is rebuilt per setting, so a sweep of a dozen values takes seconds
 * (at scale, about 30 s a setting). Values are JSON ("0.5", "true",
 * '{"text":1,"section":1,"title":0.5}'). Choose on the tuning split (the default).
 */
import type { SearchOptions } from '../src/search/index.js';
import { distractorChanges, loadRankingConfigurations, ownCorpusFigures, scoreSetting, type RankFigures } from './rank-settings.js';
import { AT_SCALE, unavailable } from './sets.js';
import type { SplitChoice } from './run.js';
import { failWith, toolArgs } from './tool-args.js';

const USAGE = `Usage: npx tsx eval/sweep.ts --option NAME=V1,V2 [--option …] [--split tuning|test|all] [--at-scale]
  --option NAME=V1,V2   a search option (src/search/options.ts) and the JSON values to try (repeatable:
                        every combination is tried), e.g. proximityWeight=0,0.5 or 'bm25={"k":2,"b":0.5,"d":0.5}'
  --split S             tuning (default: choose there), test or all
  --at-scale            the shipped sets among every White House release of 2022 instead of the
                        usual corpora (the shared whitehouse-2022 folder must be there)
  --help                this text`;
const { values } = toolArgs('eval/sweep', USAGE, { option: { type: 'string', multiple: true }, split: { type: 'string' }, 'at-scale': { type: 'boolean' } });
const fail: (message: string) => never = failWith('eval/sweep', USAGE);
const split = values.split ?? 'tuning';
if (!['tuning', 'test', 'all'].includes(split)) fail(`--split must be tuning, test or all, not "${split}"`);


/** NAME=V1,V2 → the values to try; a JSON object value may hold commas, so objects are split on "},{". */
function parseOption(text: string): [string, unknown[]] {
  const at = text.indexOf('=');
  if (at < 1) fail(`--option "${text}" is not NAME=V1,V2`);
  const name = text.slice(0, at);
  const raw = text.slice(at + 1);
  const parts = raw.trim().startsWith('{') ? raw.split(/(?<=\}),(?=\{)/) : raw.split(',');
  return [
    name,
    parts.map((part) => {
      try {
        return JSON.parse(part) as unknown;
      } catch {
        fail(`--option ${name}: "${part}" is not a JSON value`);
      }
    }),
  ];
}

const swept = (values.option ?? []).map(parseOption);
const settings = swept.reduce<Partial<SearchOptions>[]>((all, [name, tried]) => all.flatMap((setting) => tried.map((value) => ({ ...setting, [name]: value }))), [{}]);

const atScale = values['at-scale'] === true;
if (atScale && unavailable(AT_SCALE) !== null) fail(`--at-scale: ${unavailable(AT_SCALE)}`);
const warn = (line: string) => console.error(`warning: ${line}`);
const loaded = atScale ? loadRankingConfigurations(split as SplitChoice, warn, [AT_SCALE]) : loadRankingConfigurations(split as SplitChoice, warn);

const f3 = (x: number) => x.toFixed(3);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
const figures = (f: RankFigures) => `${f3(f.hitAt1)}/${f3(f.hitAt3)}/${f3(f.mrr)}`;
if (atScale) {
  console.log(`split: ${split}; the shipped sets over ${AT_SCALE.name} (hit@1 / hit@3 / MRR)`);
  for (const setting of settings) console.log(`${JSON.stringify(setting)}\n  ${scoreSetting(loaded, setting).map(({ set, figures: f }) => `${set} ${figures(f)}`).join('  ')}`);
  process.exit(0);
}
console.log(`split: ${split}; each set over its own corpus (hit@1 / hit@3 / MRR), then Δhit@3 with the shared documents as distractors`);
for (const setting of settings) {
  const results = scoreSetting(loaded, setting);
  const own = ownCorpusFigures(results).map(({ set, figures: f }) => `${set} ${figures(f)}`);
  const deltas = distractorChanges(results).map(({ set, hitAt3 }) => `${set} ${signed(hitAt3)}`);
  console.log(`${JSON.stringify(setting)}\n  ${own.join('  ')}  | distractors Δhit@3: ${deltas.join('  ')}`);
}

/**
 * `npx tsx eval/sweep.ts --option NAME=V1,V2 [--option …] [--split tuning|test|all]`: ranking
 * figures (hit@1 / hit@3 / MRR) per question set for every combination of search option values,
 * each set asked over its own corpus, plus the change in hit@3 when the shared documents are
 * indexed beside the shipped papers. The corpora are read once; only the index is rebuilt per
 * setting, so a sweep of a dozen values takes seconds. Values are JSON ("0.5", "true",
 * '{"text":1,"section":1,"title":0.5}'). Choose on the tuning split (the default).
 */
import { parseArgs } from 'node:util';
import { SearchIndex, questionWords, type SearchOptions } from '../src/search/index.js';
import type { Knowledge } from '../src/knowledge/knowledge.js';
import { readDevSet, type DevQuestion } from './dev-set.js';
import { loadConfiguration } from './load-configuration.js';
import { containsPhrase } from './match.js';
import { RANK_DEPTH } from './metrics.js';
import { CONFIGURATIONS, QUESTION_SETS, questionSetPath, unavailable } from './sets.js';
import { splitOf } from './split.js';

const { values } = parseArgs({ options: { option: { type: 'string', multiple: true }, split: { type: 'string' } } });
const split = values.split ?? 'tuning';
if (!['tuning', 'test', 'all'].includes(split)) fail(`--split must be tuning, test or all, not "${split}"`);

function fail(message: string): never {
  console.error(`eval/sweep: ${message}`);
  process.exit(2);
}

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

interface Asked {
  set: string;
  questions: DevQuestion[];
}

function ranks(knowledge: Knowledge, search: SearchIndex, questions: readonly DevQuestion[]): (number | null)[] {
  return questions.map((question) => {
    const words = questionWords(question.q);
    const hits = search.find(words, RANK_DEPTH, knowledge.expand(words));
    const index = hits.findIndex((hit) => hit.passage.doc === question.doc && containsPhrase(hit.passage.text, question.phrase!));
    return index < 0 ? null : index + 1;
  });
}

function figures(found: readonly (number | null)[]): { hitAt1: number; hitAt3: number; mrr: number } {
  const n = Math.max(found.length, 1);
  return {
    hitAt1: found.filter((r) => r === 1).length / n,
    hitAt3: found.filter((r) => r !== null && r <= 3).length / n,
    mrr: found.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / n,
  };
}

const loaded = CONFIGURATIONS.filter((configuration) => unavailable(configuration) === null).map((configuration) => {
  const sets: Asked[] = QUESTION_SETS.filter((s) => (configuration.corpora as readonly string[]).includes(s.corpus)).map((s) => ({
    set: s.name,
    questions: readDevSet(questionSetPath(s.name)).filter((q) => q.style !== 'none' && (split === 'all' || splitOf(q.q) === split)),
  }));
  return { configuration, sets, knowledge: loadConfiguration(configuration, (line) => console.error(`warning: ${line}`)) };
});

const f3 = (x: number) => x.toFixed(3);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
console.log(`split: ${split}; each set over its own corpus (hit@1 / hit@3 / MRR), then Δhit@3 with the shared documents as distractors`);
for (const setting of settings) {
  const own = new Map<string, ReturnType<typeof figures>>();
  const cells: string[] = [];
  const deltas: string[] = [];
  for (const { sets, knowledge } of loaded) {
    const search = new SearchIndex(knowledge.corpus.documents, setting);
    for (const { set, questions } of sets) {
      const f = figures(ranks(knowledge, search, questions));
      const first = own.get(set);
      if (first === undefined) {
        own.set(set, f);
        cells.push(`${set} ${f3(f.hitAt1)}/${f3(f.hitAt3)}/${f3(f.mrr)}`);
      } else deltas.push(`${set} ${signed(f.hitAt3 - first.hitAt3)}`);
    }
  }
  console.log(`${JSON.stringify(setting)}\n  ${cells.join('  ')}  | distractors Δhit@3: ${deltas.join('  ')}`);
}

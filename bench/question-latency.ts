/**
 * One corpus's `/ask` figures, measured in a process of its own: `npm run bench` starts one per
 * corpus, so no corpus is measured with another's caches warm or its garbage in the heap.
 * `node --expose-gc --import tsx bench/question-latency.ts CORPUS` prints one JSON row.
 *
 * It times the compiled code in dist/ — what `npm start` runs — not the TypeScript sources through
 * tsx, whose transform wraps every function made (its `__name` helper): a fifth of a question's time.
 *
 * Two latencies, since a question asked again is not what a user sees:
 * - asked again: the same questions ROUNDS times over (the issue's p99 targets are on these);
 * - asked first: questions this process has never seen (the `papers`, `fresh` and `fresh2` sets,
 *   once each) after one pass of the repeated ones. A new question's words have not been looked
 *   up in WordNet, corrected or expanded yet: what a user's question usually costs.
 */
import { performance } from 'node:perf_hooks';
import type { CorpusDocument } from '../src/corpus/index.js';
import type * as KnowledgeLoader from '../src/knowledge/load.js';
import type * as Search from '../src/search/index.js';
import { readDevSet } from '../eval/dev-set.js';
import { loadConfigurationCorpus } from '../eval/load-configuration.js';
import { AT_SCALE, questionSetPath } from '../eval/sets.js';
import { failWith, toolArgs } from '../eval/tool-args.js';
import { projectPath } from '../src/shared/paths.js';
import { percentile } from './percentile.js';
import { syntheticCorpus } from './synthetic.js';

export const ROUNDS = 20;

/** The corpora `npm run bench` measures, by the name its table shows. */
export const BENCH_CORPORA = ['as is', 'as is, warmed up', '100x synthetic', AT_SCALE.name] as const;
export type BenchCorpus = (typeof BENCH_CORPORA)[number];

/** The papers again, their commonest words looked up before any question, as the bot does while idle (SearchIndex.warmUp). */
const WARMED: BenchCorpus = 'as is, warmed up';
const WARM_UP_BENCH_STEP = 100;

/** Questions the process answers for the first time: sets the repeated rounds never ask. */
const FIRST_TIME_SETS = ['papers', 'fresh', 'fresh2'];

export interface LatencyRow {
  corpus: string;
  questions: number;
  passages: number;
  'build ms': string;
  'p50 ms': string;
  'p95 ms': string;
  'p99 ms': string;
  'cpu p50/p95/p99 ms': string;
  /**
   * Each question's median over the rounds, and the 99th percentile of those: the tail the
   * questions themselves make, without the pauses a shared machine adds to one answer or another
   * (a question descheduled mid-answer, a collector or compiler thread on the other core).
   */
  'p99 of medians ms': string;
  'first time p50/p95/p99 ms': string;
  'index heap': string;
  rss: string;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

const figures = (sorted: readonly number[]) => [50, 95, 99].map((p) => percentile(sorted, p).toFixed(2)).join(' / ');
const questionsOf = (sets: readonly string[]) => sets.flatMap((set) => readDevSet(questionSetPath(set)).map((q) => q.q));

/** The compiled modules: `npm run bench` builds dist/ first. */
async function compiled(): Promise<{ search: typeof Search; knowledge: typeof KnowledgeLoader }> {
  const load = (path: string) => import(projectPath('dist', 'src', ...path.split('/')));
  return { search: (await load('search/index.js')) as typeof Search, knowledge: (await load('knowledge/load.js')) as typeof KnowledgeLoader };
}

export async function measureCorpus(name: BenchCorpus): Promise<LatencyRow> {
  const { search: built, knowledge: loader } = await compiled();
  const knowledge = loader.loadKnowledge(projectPath('corpus'), () => {});
  const repeated = questionsOf(name === AT_SCALE.name ? ['dev', 'whitehouse-japan'] : ['dev']);
  const documents: readonly CorpusDocument[] =
    name === 'as is' || name === WARMED ? knowledge.corpus.documents : name === '100x synthetic' ? syntheticCorpus(knowledge.corpus.documents, 100) : loadConfigurationCorpus(AT_SCALE, () => {}).documents;
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const search = new built.SearchIndex(documents);
  const buildMs = performance.now() - started;
  // As the running bot does while it waits for questions (start.ts): the first-time questions then
  // find the corpus's commonest words looked up.
  const warmStarted = performance.now();
  if (name === WARMED) while (search.warmUp(WARM_UP_BENCH_STEP));
  const warmMs = performance.now() - warmStarted;
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  // Glossary expansion comes from the real corpus's glossary: the synthetic copies share its words.
  const sources = { search, documents: new Map(documents.map((d) => [d.file, d])), expand: knowledge.expand };
  for (const q of repeated) built.ask(sources, q, 3); // warm up the JIT and the passages' caches
  const timed = (q: string) => {
    const t = performance.now();
    built.ask(sources, q, 3);
    return performance.now() - t;
  };
  const firstTime = questionsOf(FIRST_TIME_SETS).filter((q) => !repeated.includes(q)).map(timed);
  const times: number[] = [];
  // CPU time beside wall time: on a shared machine a question's wall time includes waiting for a core.
  const cpu: number[] = [];
  const perQuestion = repeated.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    repeated.forEach((q, i) => {
      const c = process.cpuUsage();
      const ms = timed(q);
      const used = process.cpuUsage(c);
      times.push(ms);
      perQuestion[i]!.push(ms);
      cpu.push((used.user + used.system) / 1000);
    });
  }
  const sort = (values: number[]) => values.sort((a, b) => a - b);
  sort(times);
  const medians = sort(perQuestion.map((own) => percentile(sort(own), 50)));
  return {
    corpus: name,
    questions: repeated.length,
    passages: search.size,
    'build ms': name === WARMED ? `${buildMs.toFixed(1)} + warm-up ${warmMs.toFixed(0)}` : buildMs.toFixed(1),
    'p50 ms': percentile(times, 50).toFixed(2),
    'p95 ms': percentile(times, 95).toFixed(2),
    'p99 ms': percentile(times, 99).toFixed(2),
    'cpu p50/p95/p99 ms': figures(sort(cpu)),
    'p99 of medians ms': percentile(medians, 99).toFixed(2),
    'first time p50/p95/p99 ms': `${figures(sort(firstTime))} (${firstTime.length})`,
    'index heap': mib(heapAfter - heapBefore),
    rss: mib(process.memoryUsage().rss),
  };
}

const USAGE = `Usage: node --expose-gc --import tsx bench/question-latency.ts CORPUS   (what npm run bench runs, once per corpus)
  CORPUS   ${BENCH_CORPORA.map((c) => `"${c}"`).join(', ')}
  --help   this text
Prints the corpus's row of the bench's /ask table as JSON. Build dist/ first (npm run build).`;

// Run as a script: measure the corpus named on the command line, print its row as JSON.
if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const { positionals } = toolArgs('bench/question-latency.ts', USAGE, {}, true);
  const name = positionals.join(' ') as BenchCorpus;
  if (positionals.length === 0 || !BENCH_CORPORA.includes(name)) failWith('bench/question-latency.ts', USAGE)(`no corpus named "${name}"`);
  console.log(JSON.stringify(await measureCorpus(name)));
}

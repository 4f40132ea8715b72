/**
 * `npm run bench`: index build time, question latency (p50/p95/p99), memory, and time from process
 * start to the first answer — for the corpus as it is, a synthetic corpus 100 times its size, and
 * the real White House 2022 releases (read in place, with the papers so the dev questions have
 * their answers); then a load run of concurrent /ask commands, and of concurrent @-mentions,
 * through the real Slack HTTP receiver. Reports numbers; it asserts nothing (machines here are shared).
 *   --search-only    the /ask table only: no first-answer timing, no Slack load runs
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readDevSet } from '../eval/dev-set.js';
import { AT_SCALE, questionSetPath, unavailable } from '../eval/sets.js';
import { toolArgs } from '../eval/tool-args.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { projectPath } from '../src/shared/paths.js';
import { BENCH_CORPORA, ROUNDS, type BenchCorpus, type LatencyRow } from './question-latency.js';
import { slackLoadRun } from './slack-load.js';

/**
 * One corpus's row, measured by bench/question-latency.ts in a process of its own (the same
 * loader and flags as this one: tsx, --expose-gc).
 */
function measured(corpus: BenchCorpus): Promise<LatencyRow> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, projectPath('bench', 'question-latency.ts'), corpus], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as LatencyRow) : reject(new Error(`measuring "${corpus}" exited ${code}`))));
  });
}

/** Wall time from spawning the built CLI to its first byte of answer on stdout. */
function firstAnswerMs(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [projectPath('dist', 'src', 'cli.js'), 'ask', 'what is JUCIP', '--json'], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => resolve(performance.now() - started));
    child.on('error', reject);
    child.on('close', (code) => code !== 0 && reject(new Error(`briefbot ask exited ${code}`)));
  });
}

const USAGE = `Usage: npm run bench -- [--search-only]
  --search-only   the /ask table only (index build, latency, memory): no first-answer timing, no Slack load runs
  --help          this text`;
const { values: flags } = toolArgs('npm run bench', USAGE, { 'search-only': { type: 'boolean' } });
const knowledge = loadKnowledge(projectPath('corpus'), () => {});
const questions = readDevSet(questionSetPath('dev')).map((q) => q.q);
// The real large corpus: real vocabulary and term frequencies, which the synthetic copies lack.
const missing = unavailable(AT_SCALE);
const rows: LatencyRow[] = [];
for (const corpus of BENCH_CORPORA) if (corpus !== AT_SCALE.name || missing === null) rows.push(await measured(corpus));
console.log(
  `question latency of the compiled code (dist/), full /ask (search + excerpts), each corpus in a process of its own: the dev questions ` +
    `(whitehouse-2022: dev + whitehouse-japan) x ${ROUNDS} rounds; "first time": the papers, fresh and fresh2 questions, each asked once, after one pass of those`,
);
console.table(rows);
if (missing !== null) console.log(`whitehouse-2022 skipped: ${missing} (the shared corpora live beside the project, ../shared/corpora/)`);
console.log(`targets: p99 <= 5 ms as is, <= 20 ms at 100x synthetic and on whitehouse-2022 (load average now ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
if (flags['search-only']) process.exit(0);
const starts: number[] = [];
for (let i = 0; i < 5; i++) starts.push(await firstAnswerMs());
starts.sort((a, b) => a - b);
console.log(`process start to first answer (node dist/src/cli.js ask --json, 5 runs): median ${starts[2]!.toFixed(0)} ms, max ${starts[4]!.toFixed(0)} ms (target <= 1000 ms)`);

const load = await slackLoadRun(knowledge, questions, 200);
console.log(
  `Slack HTTP load: ${load.commands} concurrent /ask through the Bolt receiver: ack p50 ${load.ackP50Ms.toFixed(1)} ms, p99 ${load.ackP99Ms.toFixed(1)} ms, max ${load.ackMaxMs.toFixed(1)} ms; ` +
    `${load.answered}/${load.commands} answered at their response_url, all within ${load.allAnsweredMs.toFixed(0)} ms (target: ack p99 < 100 ms, every command answered)`,
);
const m = load.mentions;
console.log(
  `Slack HTTP load: ${m.count} concurrent app_mention events through the Bolt receiver: ack p50 ${m.ackP50Ms.toFixed(1)} ms, p99 ${m.ackP99Ms.toFixed(1)} ms, max ${m.ackMaxMs.toFixed(1)} ms; ` +
    `${m.answered}/${m.count} answered in their own thread (thread_ts = the mention's ts), ${m.answeredOnce}/${m.count} exactly once (${m.duplicates} second answers, ${m.elsewhere} posts elsewhere), ` +
    `all within ${m.allAnsweredMs.toFixed(0)} ms (target: ack p99 < 100 ms, every mention answered once in its thread)`,
);

/** What the chaos probes share: child processes driven by their output lines, a fresh database, the shared post log. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../src/shared/paths.js';
import { cleanUpOnInterrupt } from './on-interrupt.js';
import { connectStoreAt } from '../src/store/connect.js';
import type { Store } from '../src/store/store.js';

/** The due minute of every probe: 09:00 UTC on Monday 7 January 2030, reached by shifting the clock. */
export const DUE = Date.parse('2030-01-07T09:00:00Z');
export const SETTINGS = { time: '09:00', timeZone: 'UTC', cadence: 'daily', quietDay: 'note' } as const;
export const CHANNEL = { platform: 'slack', channelId: 'C1' };

/** A child running bench/chaos-worker.ts, whose stdout lines can be waited for. */
export class Worker {
  readonly lines: string[] = [];
  readonly exited: Promise<void>;
  private readonly child: ChildProcessWithoutNullStreams;
  private waiters: (() => void)[] = [];

  constructor(args: string[]) {
    this.child = spawn(process.execPath, ['--import', 'tsx', projectPath('bench', 'chaos-worker.ts'), ...args], { cwd: projectPath() });
    let buffered = '';
    this.child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      this.lines.push(...parts);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`  [worker] ${chunk.toString('utf8')}`));
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
  }

  /** The first line (from `from` on) that passes `test`; rejects after `timeoutMs`. */
  async waitFor(test: (line: string) => boolean, timeoutMs = 20_000, from = 0): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.slice(from).find(test);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no line matching ${test.toString()} within ${timeoutMs} ms (got: ${this.lines.join(' | ')})`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Send a /digest line and wait for its answer. */
  async command(line: string): Promise<string> {
    const from = this.lines.length;
    this.child.stdin.write(`${line}\n`);
    return (JSON.parse(await this.waitFor((l) => l.startsWith('{"reply"'), 10_000, from)) as { reply: string }).reply;
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

/** A fresh folder with a database and an empty post log; everything is removed by `cleanup()`. */
export class ChaosRun {
  readonly dir = mkdtempSync(join(tmpdir(), 'briefbot-chaos-'));
  /** A SQLite file in the run's folder, or the PostgreSQL database given. */
  readonly db: string;
  readonly log = join(this.dir, 'posts.jsonl');
  readonly workers: Worker[] = [];
  /** Clock shift for the workers: DUE comes `leadMs` after this run starts. */
  readonly offsetMs: number;

  /** Stopped with Ctrl-C mid-probe, the probe's `finally` never runs: the workers and the folder go anyway. */
  private readonly forget = cleanUpOnInterrupt(() => this.cleanup());

  constructor(leadMs: number, database?: string) {
    this.offsetMs = DUE - leadMs - Date.now();
    this.db = database ?? join(this.dir, 'briefbot.db');
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  bot(name: string, hang?: 'compose' | 'send'): Worker {
    return this.spawn(['bot', JSON.stringify({ name, db: this.db, log: this.log, offsetMs: this.offsetMs, tickMs: 250, ...(hang ? { hang } : {}) })]);
  }

  lock(holdMs: number): Worker {
    return this.spawn(['lock', this.db, String(holdMs)]);
  }

  /** Open the store here (the parent), e.g. to subscribe before the bots start, or to read the record. */
  store(): Promise<Store> {
    return connectStoreAt(this.db);
  }

  posts(): { by: string; channel: string; at: string }[] {
    if (!existsSync(this.log)) return [];
    return readFileSync(this.log, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as { by: string; channel: string; at: string });
  }

  /** Wait until the post log holds `count` posts, or `timeoutMs` passes. */
  async postsReach(count: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.posts().length < count && Date.now() < deadline) await sleep(100);
  }

  async cleanup(): Promise<void> {
    this.forget();
    await Promise.all(this.workers.map((worker) => worker.kill('SIGKILL')));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private spawn(args: string[]): Worker {
    const worker = new Worker(args);
    this.workers.push(worker);
    return worker;
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

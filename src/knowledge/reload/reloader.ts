import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { errorText, type Logger } from '../../shared/logger.js';
import type { SearchOptions } from '../../search/index.js';
import { buildKnowledge } from '../knowledge.js';
import { refusal } from './accept.js';
import { buildInWorker } from './build-in-worker.js';
import { sourceFingerprint } from './fingerprint.js';
import type { LiveKnowledge } from './live-knowledge.js';
import type { KnowledgeParts } from './parts.js';

export type ReloadOutcome =
  | { status: 'unchanged' }
  | { status: 'reloaded'; documents: number; skipped: number; ms: number }
  | { status: 'refused'; reason: string }
  | { status: 'failed'; reason: string };

export interface ReloaderOptions {
  corpusDir: string;
  live: LiveKnowledge;
  logger: Logger;
  /** Quiet time after the last change before checking: an editor's save or a copy of many files is several events. */
  debounceMs?: number;
  /** How the parts are built: a worker thread unless a test gives its own. */
  build?: (corpusDir: string, signal: AbortSignal) => Promise<KnowledgeParts>;
  searchOptions?: Partial<SearchOptions>;
  /** The problems the running knowledge was reported with: a reload logs only new ones. */
  knownWarnings?: readonly string[];
  /** Told each check's outcome (tests wait on it; the terminal says it). */
  onOutcome?: (outcome: ReloadOutcome) => void;
}

/** The build's result, or a rejection as soon as the reloader stops: stopping never waits for a build. */
function untilStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
    work.then(resolve, reject);
  });
}

/** Which names in the corpus folder and its documents/ can change the knowledge. */
const CORPUS_FILES = new Set(['glossary.yaml', 'events.yaml', 'documents']);

/**
 * Reload without restart: watches corpus/ and corpus/documents/, and after a quiet moment compares
 * the source files' hash with the running knowledge's. When they differ it builds the new knowledge
 * off the request path (a worker thread, build-in-worker.ts) while questions are answered from the
 * old one, then swaps it in at once — unless the build failed or would lose what the bot has
 * (accept.ts): then the old knowledge stays, and the log says why. One build at a time; a change
 * during a build is checked when it ends.
 */
export class Reloader {
  private readonly watchers = new Map<string, FSWatcher>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ReloadOutcome> | null = null;
  private again = false;
  private stopped = false;
  private readonly abort = new AbortController();
  private lastWarnings: Set<string>;

  constructor(private readonly options: ReloaderOptions) {
    this.lastWarnings = new Set(options.knownWarnings ?? []);
  }

  /** Start watching. A folder that cannot be watched is logged; the bot runs on without reloads from it. */
  start(): void {
    this.watchFolder(this.options.corpusDir, (name) => name === null || CORPUS_FILES.has(name));
    this.watchFolder(join(this.options.corpusDir, 'documents'), (name) => name === null || name.endsWith('.md'));
  }

  private watchFolder(dir: string, relevant: (name: string | null) => boolean): void {
    this.watchers.get(dir)?.close();
    try {
      const watcher = watch(dir, { persistent: false }, (_, name) => {
        if (!relevant(name === null ? null : String(name))) return;
        // The documents folder itself replaced (a checkout, a restore): watch the new one.
        if (name === 'documents' && dir === this.options.corpusDir) this.watchFolder(join(dir, 'documents'), (file) => file === null || file.endsWith('.md'));
        this.changed();
      });
      watcher.on('error', (error) => {
        this.options.logger.warn({ dir, err: error }, 'stopped watching a corpus folder; changes in it need a restart');
        watcher.close();
      });
      this.watchers.set(dir, watcher);
    } catch (error) {
      this.options.logger.warn({ dir, err: error }, `cannot watch ${dir} for changes: ${errorText(error)}; changes in it need a restart`);
    }
  }

  /** A file changed: check once things are quiet. */
  private changed(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), this.options.debounceMs ?? 300);
  }

  /** Compare, and rebuild and swap if the files changed. Serialised: a call during a build is answered by it, and checked again after. */
  async check(): Promise<ReloadOutcome> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.reload();
    try {
      const outcome = await this.running;
      this.options.onOutcome?.(outcome);
      return outcome;
    } finally {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.check();
      }
    }
  }

  private async reload(): Promise<ReloadOutcome> {
    const { corpusDir, live, logger } = this.options;
    if (sourceFingerprint(corpusDir) === live.current.fingerprint) return { status: 'unchanged' };
    const started = performance.now();
    const since = live.current.knowledge.loadedAt.toISOString();
    let parts: KnowledgeParts;
    try {
      parts = await untilStopped((this.options.build ?? buildInWorker)(corpusDir, this.abort.signal), this.abort.signal);
    } catch (error) {
      const reason = errorText(error);
      if (!this.stopped) logger.error({ corpusDir, loadedAt: since, err: error }, `corpus reload failed; still answering from the corpus loaded at ${since}`);
      return { status: 'failed', reason };
    }
    if (this.stopped) return { status: 'failed', reason: 'stopped' };
    const refused = refusal(corpusDir, live.current, parts);
    if (refused !== null) {
      logger.warn({ corpusDir, loadedAt: since, reason: refused }, `corpus reload refused, still answering from the corpus loaded at ${since}: ${refused}`);
      return { status: 'refused', reason: refused };
    }
    // The search index is the one part built here: its MiniSearch instance cannot cross threads. A few hundred ms, between requests.
    const knowledge = buildKnowledge({ corpus: parts.corpus, glossary: parts.glossary, timeline: parts.timeline, loadedAt: parts.loadedAt, ...(this.options.searchOptions ? { searchOptions: this.options.searchOptions } : {}) });
    live.swap({ knowledge, fingerprint: parts.fingerprint, curatedProblems: parts.curatedProblems, teamProblems: parts.teamProblems });
    const ms = Math.round(performance.now() - started);
    const skipped = parts.corpus.problems.filter((problem) => problem.severity === 'error').length;
    for (const line of parts.warnings) if (!this.lastWarnings.has(line)) logger.warn({ corpusDir }, line);
    this.lastWarnings = new Set(parts.warnings);
    logger.info({ corpusDir, documents: parts.corpus.documents.length, skipped, ms }, `corpus reloaded: ${parts.corpus.documents.length} documents${skipped > 0 ? `, ${skipped} skipped` : ''}, in ${ms} ms`);
    return { status: 'reloaded', documents: parts.corpus.documents.length, skipped, ms };
  }

  /** Stop watching, drop a pending check, and end a build in progress (its result is not used). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    this.abort.abort();
    await this.running?.catch(() => undefined);
  }
}

import { Worker } from 'node:worker_threads';
import type { KnowledgeParts } from './parts.js';

type WorkerReply = { ok: true; parts: KnowledgeParts } | { ok: false; error: string };

/**
 * Build the parts in a worker thread: reading and parsing the documents, the glossary and the
 * timeline take seconds of CPU (docs/ARCHITECTURE.md, "Reload"), and in the main thread they would
 * hold up every answer and every Slack acknowledgement meanwhile. Run from source (tests, tsx) the
 * worker is TypeScript too and is given tsx's loader; the built bot runs the compiled .js.
 */
export function buildInWorker(corpusDir: string, signal?: AbortSignal): Promise<KnowledgeParts> {
  const fromSource = import.meta.url.endsWith('.ts');
  const worker = new Worker(new URL(`./build-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url), {
    workerData: { corpusDir },
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  });
  return new Promise<KnowledgeParts>((resolve, reject) => {
    const abort = () => reject(new Error('the rebuild was stopped'));
    signal?.addEventListener('abort', abort, { once: true });
    worker.once('message', (reply: WorkerReply) => (reply.ok ? resolve(reply.parts) : reject(new Error(reply.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the rebuild's worker thread ended (exit code ${code}) without a result`)));
  }).finally(() => void worker.terminate());
}

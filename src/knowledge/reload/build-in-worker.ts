import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KnowledgeParts } from './parts.js';

/**
 * From source the worker registers tsx's loader before importing the TypeScript entry: a worker
 * does not inherit the loader hooks of the thread that starts it, nor take them from execArgv.
 */
function sourceWorker(corpusDir: string): Worker {
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./build-worker.ts', import.meta.url).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: { corpusDir } });
}

type WorkerReply = { ok: true; parts: KnowledgeParts } | { ok: false; error: string };

/**
 * Build the parts in a worker thread: reading and parsing the documents, the glossary and the
 * timeline take seconds of CPU (docs/ARCHITECTURE.md, "Reload"), and in the main thread they would
 * hold up every answer and every Slack acknowledgement meanwhile. Run from source (tests, tsx) the
 * worker is TypeScript too and is given tsx's loader; the built bot runs the compiled .js.
 */
export function buildInWorker(corpusDir: string, signal?: AbortSignal): Promise<KnowledgeParts> {
  const worker = import.meta.url.endsWith('.ts') ? sourceWorker(corpusDir) : new Worker(new URL('./build-worker.js', import.meta.url), { workerData: { corpusDir } });
  return new Promise<KnowledgeParts>((resolve, reject) => {
    const abort = () => reject(new Error('the rebuild was stopped'));
    signal?.addEventListener('abort', abort, { once: true });
    worker.once('message', (reply: WorkerReply) => (reply.ok ? resolve(reply.parts) : reject(new Error(reply.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the rebuild's worker thread ended (exit code ${code}) without a result`)));
  }).finally(() => void worker.terminate());
}

/**
 * The worker thread's side of a reload: read the corpus folder it is given, build the parts, post
 * them back (structured clone), and end. A failure is posted as a message, never thrown at the bot.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildParts } from './parts.js';

const { corpusDir } = workerData as { corpusDir: string };
try {
  parentPort!.postMessage({ ok: true, parts: buildParts(corpusDir) });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

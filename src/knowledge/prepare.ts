import type { Knowledge } from './knowledge.js';
import { loadKnowledge } from './load.js';

/** Load and index the corpus once (config BRIEFBOT_CORPUS_DIR); report problems on stderr with file and line. */
export function prepareKnowledge(corpusDir: string): Knowledge {
  return loadKnowledge(corpusDir, (line) => console.error(`briefbot: ${line}`));
}

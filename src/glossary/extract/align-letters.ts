import type { MatchWord } from './match-words.js';

/**
 * Can a short form be read off a run of words? Like Schwartz & Hearst (2003) each character must
 * be found in order, the first at the start of the first word; unlike them, that first word is
 * never "of", "and", "the"… (they read OSTP as "of Science and Technology Policy"), a character
 * inside a word only counts after an earlier character matched in that word ("Co" in
 * "Competitive", "ME" in "Metals"), at least half the characters must start words, and at most
 * `maxSkipped` other words may be passed over — enough for "Japan Oil, Gas, and Metals National
 * Corporation" (JOGMEC), not for a chance scatter of letters.
 */
interface AlignOptions {
  maxSkipped: number;
  /** Words allowed after the last one used ("Export Controls" after COCOM's "Multilateral"). */
  maxTrailing: number;
  /** Every character must start a word (appositives, where nothing else anchors the match). */
  initialsOnly: boolean;
}

/** Index of the last word used when `units` can be read off `words` from words[0]; -1 when not. */
export function align(units: string, words: readonly MatchWord[], options: AlignOptions): number {
  const first = words[0];
  if (!first || first.stop) return -1;
  for (const initial of first.initials) {
    if (!units.startsWith(initial)) continue;
    const found = step(units, words, options, { i: initial.length, j: 0, k: inWord(first, initial), skipped: 0, initials: 1 });
    if (found >= 0) return found;
  }
  return -1;
}

interface State {
  /** Next unit to match. */
  i: number;
  /** Word of the last match. */
  j: number;
  /** Position of the last match inside word j; a continuation must come after it. */
  k: number;
  skipped: number;
  initials: number;
}

/** Where a match inside a word may continue from: after a letter, never after digits or "&". */
function inWord(word: MatchWord, initial: string): number {
  return initial === word.letters.charAt(0) ? 0 : word.letters.length;
}

function step(units: string, words: readonly MatchWord[], options: AlignOptions, s: State): number {
  if (s.i === units.length) {
    const trailing = words.length - 1 - s.j;
    return trailing <= options.maxTrailing && s.initials * 2 >= units.length ? s.j : -1;
  }
  const unit = units.charAt(s.i);
  const word = words[s.j]!;
  if (!options.initialsOnly) {
    for (let p = word.letters.indexOf(unit, s.k + 1); p > s.k; p = word.letters.indexOf(unit, p + 1)) {
      const found = step(units, words, options, { ...s, i: s.i + 1, k: p });
      if (found >= 0) return found;
    }
  }
  let skipped = s.skipped;
  for (let j = s.j + 1; j < words.length; j++) {
    const next = words[j]!;
    for (const initial of next.initials) {
      if (!units.startsWith(initial, s.i)) continue;
      const found = step(units, words, options, { i: s.i + initial.length, j, k: inWord(next, initial), skipped, initials: s.initials + 1 });
      if (found >= 0) return found;
    }
    if (!next.stop) skipped += 1;
    if (skipped > options.maxSkipped) break;
  }
  return -1;
}

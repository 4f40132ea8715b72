import { NUMBER_WORDS } from '../../shared/text/name-keys.js';
import { NAME_STOP_WORDS } from '../../shared/text/stop-words.js';

/**
 * Words of a long-form candidate, as the letter matcher sees them. Hyphens split words
 * ("Asia-Pacific" gives A and P) and dotted initials are one word ("U.S." gives U, S).
 */
export interface MatchWord {
  /** Lower case, dots removed: "us", "co", "operation". */
  letters: string;
  /** What the word can contribute at its start: its first letter, and a number word's digits. */
  initials: string[];
  stop: boolean;
  /** Offsets in the text the words came from. */
  start: number;
  end: number;
}

const WORD = /(?:[A-Za-z]\.){2,}|&|[\p{L}\p{Nd}]+(?:[’'][\p{L}]+)?/gu;

export function matchWords(text: string, offset = 0): MatchWord[] {
  return [...text.matchAll(WORD)].map((m) => {
    const letters = m[0].toLowerCase().replace(/\./g, '').replace(/[’'].*$/, '');
    // A capital inside a word starts a part of the name: "Martian Moons eXploration (MMX)".
    const initials = [letters.charAt(0), ...[...m[0].matchAll(/(?<=\p{Ll})\p{Lu}/gu)].map((c) => c[0].toLowerCase())];
    const number = NUMBER_WORDS.get(letters);
    if (number) initials.push(number);
    // "and" or "&" may stand for the "&" of "R&D".
    if (letters === 'and') initials.push('&');
    return { letters, initials, stop: NAME_STOP_WORDS.has(letters) || letters === '&', start: offset + m.index, end: offset + m.index + m[0].length };
  });
}

/** The short form's characters to match, lower case, a plural "s" and dots dropped: "APIs" → "api". */
export function shortFormUnits(shortForm: string): string {
  const withoutPlural = /[A-Z]s$/.test(shortForm) ? shortForm.slice(0, -1) : shortForm;
  return withoutPlural.toLowerCase().replace(/[.\-\s]/g, '');
}

import { memoized } from './memo.js';

/**
 * Acronym-shaped tokens in running text: "U.S.", "R&D", "S&T", "G7", "G-20", "COVID-19", "APIs",
 * "CoRe". Footnote markers are blanked first (same length, so offsets stay true).
 */

const MARKERS = /\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
// Dotted initials first, so "U.S." is one token; "-20" stays with "G" and "-19" with "COVID".
const TOKEN = /(?:[A-Za-z]\.){2,}|[\p{L}\p{Nd}]+(?:[&+][\p{L}\p{Nd}]+)*(?:-\d+)?/gu;
const ROMAN_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

interface AcronymToken {
  text: string;
  start: number;
  end: number;
}

export function blankMarkers(text: string): string {
  return text.replace(MARKERS, (marker) => ' '.repeat(marker.length));
}

/** Remembered: every sentence is scanned for acronyms several times while the glossary is built. */
export const tokens: (text: string) => readonly AcronymToken[] = memoized(20_000, (text) =>
  [...blankMarkers(text).matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length })),
);

/**
 * Written like an acronym: at least two capitals and nothing lower-case but a plural "s"
 * ("APIs"), or a capital and a number ("G7", "G-20"), or dotted initials ("U.S."). Mixed case
 * ("CoRe") only counts where a paper defines it, which the glossary's definition finder decides.
 */
export function isAcronymShaped(text: string): boolean {
  if (/^(?:[A-Z]\.){2,}$/.test(text)) return true;
  if (/^[A-Z]-?\d+$/.test(text)) return true;
  if (ROMAN_NUMERAL.test(text)) return false; // "World War II"
  return /^[A-Z][A-Z\d&+]*(?:-\d+)?s?$/.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/**
 * What may stand in "long form (SF)": acronym-shaped, or mixed case with two capitals ("CoRe").
 * A name such as "Keidanren" is not; whether a mixed-case word really abbreviates the words before
 * it is the long-form matcher's call.
 */
export function isShortFormShaped(text: string): boolean {
  if (isAcronymShaped(text)) return true;
  return /^[A-Z][A-Za-z&\d]{1,7}$/.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** "APIs" → "API", "MOUs" → "MOU"; anything else unchanged. */
export function singular(shortForm: string): string {
  return /^[A-Z][A-Za-z&\d]*[A-Z]s$/.test(shortForm) ? shortForm.slice(0, -1) : shortForm;
}

/** "U.S." → "US": the dotted and undotted forms are one written form. */
export function undotted(text: string): string {
  return /^(?:[A-Z]\.){2,}$/.test(text) ? text.replace(/\./g, '') : text;
}

import { contentWords } from '../shared/text/name-keys.js';

/**
 * The country names that qualify a bilateral body's name. The papers write one body's name
 * several ways — "US-Japan", "Japan-US", "Japan-U.S.", "Japan-United States", "U.S.-Japan" — and
 * an acronym may take its letters from either order (JUCIP from "U.S.-Japan Commercial Industrial
 * Partnership", Pryor 2025).
 */
const COUNTRY = String.raw`(?:U\.S\.|US|United States|Japan|EU|UK|United Kingdom)`;

/** "US-Japan", "Japan-United States", "U.S.-EU": two countries joined by a hyphen. */
export const COUNTRY_PAIR = new RegExp(String.raw`${COUNTRY}-${COUNTRY}(?![\p{L}])`, 'gu');

/** A country pair right before a long form: "the US-Japan ⟨Economic Policy …⟩". */
export const COUNTRY_PAIR_BEFORE = new RegExp(String.raw`(?:^|[\s“"(])(${COUNTRY}-${COUNTRY})\s+$`, 'u');

/** A long form that ends "… of the United States", whose acronym starts with the country (USCTO). */
export const OF_COUNTRY_AT_END = new RegExp(String.raw`\bof\s+(?:the\s+)?(${COUNTRY})\s*$`, 'u');

/** Country words a long form may lead with; dropped to compare "US-Japan X" with "X". */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(['us', 'japan', 'united', 'states', 'eu', 'uk', 'kingdom', 'japanese']);

/**
 * A long form without the countries it leads with — "US-Japan Economic Policy Consultative
 * Committee" → "Economic Policy Consultative Committee", as Tong 2022 calls it. Undefined when it
 * leads with no country, or fewer than two words would be left.
 */
export function withoutLeadingCountries(longForm: string): string | undefined {
  const words = contentWords(longForm);
  let first = 0;
  while (first < words.length && COUNTRY_WORDS.has(words[first]!)) first += 1;
  return first > 0 && words.length - first >= 2 ? words.slice(first).join(' ') : undefined;
}

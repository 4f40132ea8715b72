import { COUNTRY_WORDS } from '../countries.js';
import { contentWords } from '../../shared/text/name-keys.js';

/**
 * Do two long forms name the same thing? They do when most content words of the shorter one
 * share a stem with the other's: "Competitive and Resilience" = "Competitiveness and Resilience"
 * (Jacobs 2023 and Tong 2022 spell the CoRe Partnership differently), "Indo-Pacific Economic
 * Framework" = "… for Prosperity"; "Asia Pacific Initiative" ≠ "active pharmaceutical
 * ingredients". Country words don't count: "US-Japan X" and "Japan-US X" are one body.
 */
export function sameMeaning(a: string, b: string): boolean {
  const stemsA = stems(a);
  const stemsB = stems(b);
  const smaller = Math.min(stemsA.size, stemsB.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const stem of stemsA) if (stemsB.has(stem)) shared += 1;
  return shared * 2 >= smaller;
}

function stems(text: string): Set<string> {
  return new Set(contentWords(text).filter((word) => !COUNTRY_WORDS.has(word)).map((word) => word.slice(0, 5)));
}

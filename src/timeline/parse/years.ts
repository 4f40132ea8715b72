/**
 * Bare years ("in 2014", "the 1996 Wassenaar Arrangement", "Act of 2020"). chrono-node reads no
 * bare year and drops any result whose text is only digits, so years are read here, after it,
 * wherever chrono found nothing. In prose a four-digit number is a year only when the words
 * around it say so; in notes any standalone year is a source's date ("4th ed., 2015, 11").
 */

interface YearHit {
  index: number;
  /** The words that date it: "in 2014", "the 2022", "of 2020". */
  text: string;
  year: number;
  /** "by 2025": a deadline. */
  by: boolean;
  /** "the 2022 Economic Security Promotion Act": the year names a thing. */
  adjectival: boolean;
}

/** Words before a year that make it the date of what the sentence tells. */
const DATING_WORDS = new Set(['in', 'of', 'by', 'at']);
/** Words before a year that make it part of a name: "the 2022 Economic Security Promotion Act". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'successor']);
/** Words after such a year that show it is not part of a name ("the 2020 and 2021 budgets" is a span). */
const NOT_A_NAME = new Set(['and', 'or', 'to', 'until', 'through', 'percent', 'per']);

function isPartOfSpanOrNumber(before: string, after: string): boolean {
  if (/^s\b/.test(after)) return true; // "the 1960s"
  if (/^\s*[–—-]\s*\d/.test(after) || /\d\s*[–—-]\s*$/.test(before)) return true; // "2010–12", "2002–2020"
  if (/\b(?:post|pre|mid)-$/i.test(before)) return true; // "post-1945"
  if (/[$¥€£]\s*$|[\d.,]$/.test(before) || /^[.,]\d/.test(after)) return true; // amounts
  if (/[/\w]$/.test(before)) return true; // inside a path or a word
  return /^\s*(?:percent|%)/i.test(after);
}

function inProse(before: string, after: string, year: string): Omit<YearHit, 'index' | 'year'> | null {
  const match = /([A-Za-z’'-]+)(\s+)$/.exec(before);
  if (!match) return null;
  const word = match[1] ?? '';
  const text = `${word}${match[2] ?? ''}${year}`;
  const lower = word.toLowerCase();
  if (DATING_WORDS.has(lower)) return { text, by: lower === 'by', adjectival: false };
  if (!DETERMINERS.has(lower) && !/['’]s$/.test(word)) return null;
  const next = /^\s+([A-Za-z][\w-]*)/.exec(after)?.[1];
  if (next === undefined || NOT_A_NAME.has(next.toLowerCase())) return null;
  // The year alone is the date's words: "the 2022 Economic Security Promotion Act" keeps its "the".
  return { text: year, by: false, adjectival: true };
}

export function findYears(text: string, mode: 'text' | 'note'): YearHit[] {
  const hits: YearHit[] = [];
  for (const match of text.matchAll(/\b(?:19|20)\d{2}\b/g)) {
    const index = match.index ?? 0;
    const before = text.slice(0, index);
    const after = text.slice(index + 4);
    if (isPartOfSpanOrNumber(before, after)) continue;
    const year = Number(match[0]);
    if (mode === 'note') {
      hits.push({ index, text: match[0], year, by: false, adjectival: false });
      continue;
    }
    const hit = inProse(before, after, match[0]);
    if (hit) hits.push({ index: hit.adjectival ? index : index + match[0].length - hit.text.length, year, ...hit });
  }
  return hits;
}

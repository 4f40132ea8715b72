/**
 * The baseline the extraction must beat: Schwartz & Hearst, "A simple algorithm for identifying
 * abbreviation definitions in biomedical text" (PSB 2003), after the paper and its published Java
 * code (ExtractAbbrev): "long form (SF)" and, when the parenthesis holds more than two words,
 * "SF (long form)"; the long form found by matching the short form's characters right to left,
 * the first at a word start; their size checks. Test-only: it measures, it does not serve.
 */
export interface Pair {
  shortForm: string;
  longForm: string;
}

export function schwartzHearst(sentence: string): Pair[] {
  const pairs: Pair[] = [];
  for (const m of sentence.matchAll(/\(([^()]*)\)/g)) {
    const inside = m[1]!.split(/[,;] /)[0]!.trim();
    const before = sentence.slice(0, m.index).trim();
    const insideWords = inside.split(/\s+/).filter(Boolean);
    if (insideWords.length > 2) {
      const word = /(\S+)$/.exec(before)?.[1];
      if (word) push(pairs, word, inside);
    } else {
      const words = before.split(/\s+/).filter(Boolean);
      const size = alphanumerics(inside);
      push(pairs, inside, words.slice(-Math.min(size + 5, size * 2)).join(' '));
    }
  }
  return pairs;
}

function push(pairs: Pair[], shortForm: string, candidate: string): void {
  if (!isValidShortForm(shortForm)) return;
  const longForm = bestLongForm(shortForm, candidate);
  if (!longForm) return;
  const words = longForm.split(/[\s-]+/).filter(Boolean).length;
  const size = alphanumerics(shortForm);
  if (longForm.length < shortForm.length || longForm.includes(`${shortForm} `) || longForm.endsWith(shortForm)) return;
  if (words > size * 2 || words > size + 5 || size > 10) return;
  pairs.push({ shortForm, longForm });
}

function alphanumerics(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

function isValidShortForm(shortForm: string): boolean {
  return /^[\p{L}\p{N}]/u.test(shortForm) && /\p{L}/u.test(shortForm) && shortForm.length >= 2 && shortForm.length <= 10 && shortForm.split(/\s+/).length <= 2;
}

function bestLongForm(shortForm: string, longForm: string): string | null {
  const sf = shortForm.toLowerCase();
  const lf = longForm.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  for (; s >= 0; s--) {
    const c = sf[s]!;
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while ((l >= 0 && lf[l] !== c) || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(lf[l - 1]!))) l--;
    if (l < 0) return null;
    l--;
  }
  l = lf.lastIndexOf(' ', l) + 1;
  return longForm.slice(l);
}

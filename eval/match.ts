import { withoutMarkers } from '../src/corpus/index.js';

/**
 * Text as compared for "contains the phrase": footnote markers, Markdown escapes and emphasis,
 * typographic quotes, case and spacing evened out. A question's phrase is copied from the
 * document as a reader sees it, and the loader may keep or drop the markup around it.
 */
export function normalizeForMatch(text: string): string {
  return withoutMarkers(text)
    .normalize('NFKC')
    .replace(/\\(.)/g, '$1')
    .replace(/[*_]/g, '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function containsPhrase(text: string, phrase: string): boolean {
  return normalizeForMatch(text).includes(normalizeForMatch(phrase));
}

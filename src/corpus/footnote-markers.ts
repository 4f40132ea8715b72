/** Footnote markers in both styles the corpus uses: "[12]" and superscript "¹²". */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARKER_PATTERN = /\[(\d{1,3})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g;

function superscriptToDigits(text: string): string {
  return [...text].map((ch) => String(SUPERSCRIPT_DIGITS.indexOf(ch))).join('');
}

/** Note ids referenced in `text`, in order of first appearance. */
export function markerIds(text: string): string[] {
  const ids: string[] = [];
  for (const match of text.matchAll(MARKER_PATTERN)) {
    const id = match[1] ?? superscriptToDigits(match[2] ?? '');
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The text with its markers removed, for indexing and matching. */
export function withoutMarkers(text: string): string {
  return text.replace(MARKER_PATTERN, '');
}

/** A note definition line: "[12] Source…" or "¹² Source…". */
export function parseNoteLine(line: string): { id: string; text: string } | undefined {
  const bracket = /^\[(\d{1,3})\]\s+(\S.*)$/.exec(line);
  if (bracket) return { id: bracket[1]!, text: bracket[2]!.trim() };
  const superscript = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/.exec(line);
  if (superscript) return { id: superscriptToDigits(superscript[1]!), text: superscript[2]!.trim() };
  return undefined;
}

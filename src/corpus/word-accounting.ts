import type { CorpusDocument } from './types.js';

/**
 * Every word of a document's body must end up somewhere the loader names: a passage, a note, a
 * section heading or a `removed` line with its category. The front matter is read apart and is
 * not counted. Words are runs of letters and digits, lower-cased; Markdown and HTML markup (`**`,
 * `<u>`, a link's brackets) are not words, so typesetting never counts as a loss.
 */
function words(text: string): string[] {
  const addresses: string[] = [];
  // Markup may sit inside a word ("**c**ollaboration", "[fund](…)s"): it is taken out before the
  // text is cut into words, and a link's address is counted apart from its words.
  const plain = text.replace(/\[([^[\]]*)\]\(([^()\s]*)\)/g, (_, label: string, address: string) => {
      addresses.push(address);
      return label;
    });
  return `${plain} ${addresses.join(' ')}`
    .replace(/<\/?[a-z][^>]*>|\*|\\(?=[^\p{L}\p{N}])/giu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

function countAll(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The words the body has more often than the loader's output accounts for them, with how many are missing. */
export function lostWords(body: string, document: CorpusDocument): Map<string, number> {
  const accounted = countAll([
    ...document.passages.map((p) => p.text),
    ...Object.values(document.notes).flatMap((n) => [n.id, n.text]),
    ...document.removed.map((r) => r.text),
    ...document.sections,
  ]);
  const lost = new Map<string, number>();
  for (const [word, n] of countAll([body])) {
    const missing = n - (accounted.get(word) ?? 0);
    if (missing > 0) lost.set(word, missing);
  }
  return lost;
}

/** The body of a file: what follows the front matter's closing `---`. */
export function bodyOf(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return lines.slice(close + 1).join('\n');
}

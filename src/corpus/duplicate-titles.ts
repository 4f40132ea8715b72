import type { CorpusDocument, LoadProblem } from './types.js';

/** Titles compared as a reader sees them: case, spacing and Unicode forms aside. */
const titleKey = (title: string) => title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Two papers with one title are cited alike (a citation names the paper by its title), so a
 * reader cannot tell which one an excerpt came from. Both load — each may be a real paper, a new
 * edition, or a copy saved twice — and each later one is reported beside the first, by file and
 * line of its title, so the team can tell them apart or remove the copy.
 */
export function duplicateTitles(documents: readonly CorpusDocument[]): LoadProblem[] {
  const first = new Map<string, CorpusDocument>();
  const problems: LoadProblem[] = [];
  for (const document of documents) {
    const key = titleKey(document.meta.title);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, document);
      continue;
    }
    problems.push({
      file: document.file,
      line: document.titleLine,
      severity: 'warning',
      message: `has the same title as ${earlier.file}:${earlier.titleLine} ("${earlier.meta.title}"), so answers from the two are cited alike: give one a title that tells them apart, or remove the copy`,
    });
  }
  return problems;
}

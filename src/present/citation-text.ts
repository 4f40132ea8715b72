import type { Citation, DocumentMeta } from '../corpus/index.js';
import { formatShortDate } from '../shared/time/format.js';

/** Authors, “Title,” Publisher, date: how a paper is cited. */
export function documentCitationText(meta: Pick<DocumentMeta, 'authors' | 'title' | 'publisher' | 'published'>): string {
  return [meta.authors.join(', '), `“${meta.title}”`, meta.publisher, formatShortDate(meta.published)]
    .filter((part): part is string => part !== null && part !== '')
    .join(', ');
}

/** One line a person can paste into a note: the paper's citation, then § section and passage n. */
export function citationText(citation: Citation): string {
  const section = citation.section ? `, § ${citation.section}` : '';
  return `${documentCitationText(citation)}${section}, passage ${citation.passage}`;
}

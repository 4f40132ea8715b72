import type { Citation, DocumentMeta } from '../corpus/index.js';
import { formatShortDate } from '../shared/time/format.js';

/** Authors, “Title,” Publisher, date: how a paper is cited. */
export function documentCitationText(meta: Pick<DocumentMeta, 'authors' | 'title' | 'publisher' | 'published'>): string {
  return [meta.authors.join(', '), `“${meta.title}”`, meta.publisher, formatShortDate(meta.published)]
    .filter((part): part is string => part !== null && part !== '')
    .join(', ');
}

/**
 * One line a person can paste into a note: the paper's citation, then § section and passage n.
 * A transcript's excerpt names its speaker first ("Prime Minister Kishida, in …"): the words are
 * theirs, not the publisher's.
 */
export function citationText(citation: Citation): string {
  const section = citation.section ? `, § ${citation.section}` : '';
  const speaker = citation.speaker ? `${citation.speaker}, in ` : '';
  return `${speaker}${documentCitationText(citation)}${section}, passage ${citation.passage}`;
}

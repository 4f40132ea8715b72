import type { CorpusDocument, DocumentMeta, Passage } from '../corpus/types.js';
import type { Citation, NoteRef } from '../present/types.js';

export function citationFor(document: CorpusDocument, passage: Passage, notes: NoteRef[]): Citation {
  const { meta } = document;
  return {
    doc: document.file,
    title: meta.title,
    authors: meta.authors,
    publisher: meta.publisher,
    published: meta.published,
    section: passage.section,
    passage: passage.index,
    url: meta.url,
    notes,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-03-05" → "5 Mar 2024", "2023-10" → "Oct 2023", "2022" → "2022". */
export function formatPublished(published: string): string {
  const [year, month, day] = published.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** Authors, “Title,” Publisher, date: how a paper is cited. */
export function documentCitationText(meta: Pick<DocumentMeta, 'authors' | 'title' | 'publisher' | 'published'>): string {
  return [meta.authors.join(', '), `“${meta.title}”`, meta.publisher, formatPublished(meta.published)]
    .filter((part): part is string => part !== null && part !== '')
    .join(', ');
}

/** One line a person can paste into a note: the paper's citation, then § section and passage n. */
export function citationText(citation: Citation): string {
  const section = citation.section ? `, § ${citation.section}` : '';
  return `${documentCitationText(citation)}${section}, passage ${citation.passage}`;
}

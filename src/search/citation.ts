import type { CorpusDocument, Passage } from '../corpus/types.js';
import type { Citation, NoteRef } from '../reply/types.js';

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

/** One line a person can paste into a note: Authors, “Title,” Publisher, date, § section, passage n. */
export function citationText(citation: Citation): string {
  const parts = [
    citation.authors.join(', '),
    `“${citation.title}”`,
    citation.publisher,
    formatPublished(citation.published),
    citation.section ? `§ ${citation.section}` : null,
    `passage ${citation.passage}`,
  ];
  return parts.filter((part): part is string => part !== null && part !== '').join(', ');
}

import type { CorpusDocument, DocumentMeta, Footnote, Passage } from './types.js';

/** Where an excerpt comes from: enough to find and cite it. */
export interface Citation {
  /** Corpus file name. */
  doc: string;
  title: string;
  authors: string[];
  publisher: string | null;
  published: string;
  section: string | null;
  /** 1-based passage number within the document. */
  passage: number;
  /** Who says the excerpt, in a transcript ("Prime Minister Kishida"); absent or null in a paper. */
  speaker?: string | null;
  url: string | null;
  /** The notes behind the footnote markers in the excerpt: the primary sources. */
  notes: Footnote[];
}

/** What a citation says about the paper: a corpus document's front matter, or the timeline's copy of it. */
export type CitedDocument = Pick<CorpusDocument, 'file'> & { meta: Pick<DocumentMeta, 'title' | 'authors' | 'publisher' | 'published' | 'url'> };

/** The one way a citation is made, for search answers, glossary excerpts and timeline sources alike. */
export function citationFor(document: CitedDocument, passage: Pick<Passage, 'section' | 'index' | 'speaker'>, notes: Footnote[]): Citation {
  const { meta } = document;
  return {
    doc: document.file,
    title: meta.title,
    authors: meta.authors,
    publisher: meta.publisher,
    published: meta.published,
    section: passage.section,
    passage: passage.index,
    speaker: passage.speaker ?? null,
    url: meta.url,
    notes,
  };
}

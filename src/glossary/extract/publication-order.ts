import type { CorpusDocument } from '../../corpus/index.js';
import type { GlossaryDocument } from '../types.js';

/** Earliest published first, then by file name: the order "first" means everywhere. */
export function inPublicationOrder(documents: readonly CorpusDocument[]): CorpusDocument[] {
  return [...documents].sort((a, b) => a.meta.published.localeCompare(b.meta.published) || a.file.localeCompare(b.file));
}

/** The documents as the glossary names them, in the order given. */
export function glossaryDocuments(documents: readonly CorpusDocument[]): GlossaryDocument[] {
  return documents.map((document) => ({ file: document.file, title: document.meta.title, published: document.meta.published }));
}

import { splitSentences } from '../../corpus/sentences.js';
import type { CorpusDocument } from '../../corpus/types.js';
import type { GlossaryDocument, SentenceRef } from '../types.js';

/** Every sentence of every passage, papers earliest first. */
export function corpusSentences(documents: readonly CorpusDocument[]): SentenceRef[] {
  return documents.flatMap((document) =>
    document.passages.flatMap((passage) =>
      splitSentences(passage.text).map((sentence) => ({ doc: document.file, passage: passage.index, section: passage.section, sentence })),
    ),
  );
}

/** Earliest published first, then by file name: the order "first" means everywhere. */
export function inPublicationOrder(documents: readonly CorpusDocument[]): CorpusDocument[] {
  return [...documents].sort((a, b) => a.meta.published.localeCompare(b.meta.published) || a.file.localeCompare(b.file));
}

export function glossaryDocuments(documents: readonly CorpusDocument[]): GlossaryDocument[] {
  return documents.map((document) => ({ file: document.file, title: document.meta.title, published: document.meta.published }));
}

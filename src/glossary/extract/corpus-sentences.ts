import { splitSentences, type CorpusDocument } from '../../corpus/index.js';
import type { SentenceRef } from '../types.js';

/** Every sentence of every passage, in the order the documents are given, with where it stands. */
export function corpusSentences(documents: readonly CorpusDocument[]): SentenceRef[] {
  return documents.flatMap((document) =>
    document.passages.flatMap((passage) =>
      splitSentences(passage.text).map((sentence) => ({ doc: document.file, passage: passage.index, section: passage.section, sentence })),
    ),
  );
}

import type { CorpusDocument } from '../corpus/index.js';
import { assembleEntries } from './assemble/assemble-entries.js';
import { corpusSentences, isRunningText } from './extract/corpus-sentences.js';
import { glossaryDocuments, inPublicationOrder } from './extract/publication-order.js';
import { buildLookupIndex } from './lookup/build-index.js';
import type { CuratedEntry, Glossary } from './types.js';

/**
 * The glossary, from the papers themselves (no hand-typed master list) plus the team's curated
 * file, in three stages: extract what the sentences say, assemble entries, index them for lookup.
 * Pure: the documents and curated entries are passed in, and it runs once at start-up.
 */
export function buildGlossary(documents: readonly CorpusDocument[], curated: readonly CuratedEntry[] = []): Glossary {
  const ordered = inPublicationOrder(documents);
  const sentences = corpusSentences(ordered);
  // Long-form spellings come from the author's running text and headings; a note's citation of a title is not how the paper names a thing.
  const texts = [...sentences.filter(isRunningText).map((ref) => ref.sentence), ...ordered.flatMap((document) => document.sections)];
  const { entries, problems } = assembleEntries(sentences, texts, curated);
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    documents: glossaryDocuments(ordered),
    // The running text says which words are ordinary words: a note's web address ("www.meti.go.jp") does not make "meti" one.
    index: buildLookupIndex(entries, sentences.filter(isRunningText)),
    problems,
  };
}

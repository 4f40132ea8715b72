import type { Corpus, CorpusDocument } from './corpus/types.js';
import type { SearchOptions } from './search/options.js';
import { SearchIndex } from './search/search-index.js';

/** Everything the commands know, built once from the corpus at start-up and on reload. */
export interface Knowledge {
  corpus: Corpus;
  documents: ReadonlyMap<string, CorpusDocument>;
  search: SearchIndex;
}

export function buildKnowledge(corpus: Corpus, searchOptions: Partial<SearchOptions> = {}): Knowledge {
  return {
    corpus,
    documents: new Map(corpus.documents.map((document) => [document.file, document])),
    search: new SearchIndex(corpus.documents, searchOptions),
  };
}

import { formatProblem, type Corpus, type CorpusDocument } from '../corpus/index.js';
import { buildGlossary, queryExpansions, type CuratedEntry, type Glossary } from '../glossary/index.js';
import { SearchIndex, type QueryExpansionTerms, type SearchOptions } from '../search/index.js';
import { buildTimeline, type TeamEvent, type Timeline } from '../timeline/index.js';

/** Everything the commands know, built once from the corpus at start-up and on reload. */
export interface Knowledge {
  corpus: Corpus;
  documents: ReadonlyMap<string, CorpusDocument>;
  search: SearchIndex;
  glossary: Glossary;
  /** Dated events from the papers and corpus/events.yaml, built on first use (see buildKnowledge). */
  readonly timeline: Timeline;
  /** When this knowledge was built from the files: the App Home says how fresh the corpus is. */
  loadedAt: Date;
  /** Glossary expansions for a question, for acronym-aware search. */
  expand: (question: string) => readonly QueryExpansionTerms[];
}

export interface KnowledgeInputs {
  corpus: Corpus;
  curatedGlossary?: readonly CuratedEntry[];
  teamEvents?: readonly TeamEvent[];
  searchOptions?: Partial<SearchOptions>;
  /** Told, once, what the timeline leaves out when it is first built (after start-up, so not returned). */
  warn?: (line: string) => void;
  /** When the files were read; the time of the build by default. */
  loadedAt?: Date;
  /** Already built elsewhere (a reload builds them in a worker thread): used as they are. */
  glossary?: Glossary;
  timeline?: Timeline;
}

export function buildKnowledge({ corpus, curatedGlossary = [], teamEvents = [], searchOptions = {}, warn = () => {}, loadedAt = new Date(), ...built }: KnowledgeInputs): Knowledge {
  const glossary = built.glossary ?? buildGlossary(corpus.documents, curatedGlossary);
  // The timeline is built once, on first use: date parsing takes half a second, and a question
  // should not wait for it (the first answer comes within a second of start).
  let timeline: Timeline | undefined = built.timeline;
  return {
    corpus,
    documents: new Map(corpus.documents.map((document) => [document.file, document])),
    search: new SearchIndex(corpus.documents, searchOptions),
    glossary,
    loadedAt,
    get timeline() {
      if (timeline === undefined) {
        timeline = buildTimeline(corpus.documents, teamEvents);
        for (const problem of timeline.problems) warn(formatProblem(problem));
      }
      return timeline;
    },
    expand: (question) => queryExpansions(glossary, question),
  };
}

import { formatProblem, loadCorpus, type Corpus } from '../src/corpus/index.js';
import { loadCuratedGlossary } from '../src/glossary/index.js';
import { buildKnowledge, type Knowledge } from '../src/knowledge/knowledge.js';
import { projectPath } from '../src/shared/paths.js';
import { CORPUS_FOLDERS, type CorpusConfiguration } from './sets.js';

/**
 * The knowledge the bot would build over a configuration's corpora together, as if their documents
 * were all in corpus/documents: one index, one glossary (with the team's curated file).
 * Problems that drop a document go to `warn`, prefixed with the corpus they come from; warnings
 * about a loaded document's shape are `briefbot corpus check`'s to show, not the eval's.
 */
export function loadConfiguration(configuration: CorpusConfiguration, warn: (line: string) => void): Knowledge {
  const corpus = loadConfigurationCorpus(configuration, warn);
  const curated = loadCuratedGlossary(projectPath('corpus', 'glossary.yaml'));
  return buildKnowledge({ corpus, curatedGlossary: curated.entries });
}

/** A configuration's corpora read as one (the benchmark indexes them without the rest of the knowledge). */
export function loadConfigurationCorpus(configuration: CorpusConfiguration, warn: (line: string) => void): Corpus {
  const parts = configuration.corpora.map((name) => ({ name, corpus: loadCorpus(CORPUS_FOLDERS[name]) }));
  for (const { name, corpus } of parts) for (const problem of corpus.problems) if (problem.severity === 'error') warn(`${name}: ${formatProblem(problem)}`);
  // A shared document the team has already added to corpus/ is read once: the first copy counts.
  const seen = new Set<string>();
  return {
    ...parts[0]!.corpus,
    documents: parts.flatMap((part) => part.corpus.documents).filter((document) => !seen.has(document.file) && seen.add(document.file)),
    problems: parts.flatMap((part) => part.corpus.problems),
  };
}

import { join } from 'node:path';
import { formatProblem, loadCorpus, type Corpus } from '../corpus/index.js';
import { loadCuratedGlossary } from '../glossary/index.js';
import { buildKnowledge, type Knowledge } from './knowledge.js';
import { loadTeamEvents, type TeamEvents } from '../timeline/index.js';

/** What the knowledge is built from, as read from the files. */
export interface KnowledgeSources {
  corpus: Corpus;
  curated: ReturnType<typeof loadCuratedGlossary>;
  team: TeamEvents;
}

/** Read the documents, the team's glossary and its events, telling `warn` each problem (the same at start and on reload). */
export function readSources(corpusDir: string, warn: (line: string) => void, { corpusWarnings = true } = {}): KnowledgeSources {
  const documentsDir = join(corpusDir, 'documents');
  const corpus = loadCorpus(documentsDir);
  for (const problem of corpus.problems) if (corpusWarnings || problem.severity === 'error') warn(formatProblem(problem));
  if (corpus.documents.length === 0) warn(`${documentsDir}: no documents loaded; every question will come back empty`);
  const curated = loadCuratedGlossary(join(corpusDir, 'glossary.yaml'));
  for (const problem of curated.problems) warn(`${problem.file}:${problem.line}: ${problem.message}`);
  const team = loadTeamEvents(join(corpusDir, 'events.yaml'));
  for (const problem of team.problems) warn(formatProblem(problem));
  return { corpus, curated, team };
}

/**
 * The start-up I/O in one place: the documents, the team's glossary and events files, then everything built
 * from them. Problems (a skipped document, a malformed glossary entry) are reported with file and
 * line through `warn`; the bot starts with what is usable. `corpusWarnings: false` leaves out what
 * loads anyway (a footnote marker without its note), for callers that would repeat it on every run.
 */
export function loadKnowledge(corpusDir: string, warn: (line: string) => void, { corpusWarnings = true } = {}): Knowledge {
  return loadKnowledgeAndSources(corpusDir, warn, { corpusWarnings }).knowledge;
}

/** loadKnowledge, with what it was built from: the running bot's reloads compare the next build with it. */
export function loadKnowledgeAndSources(corpusDir: string, warn: (line: string) => void, { corpusWarnings = true } = {}): { knowledge: Knowledge; sources: KnowledgeSources } {
  const sources = readSources(corpusDir, warn, { corpusWarnings });
  const knowledge = buildKnowledge({ corpus: sources.corpus, curatedGlossary: sources.curated.entries, teamEvents: sources.team.events, warn });
  for (const problem of knowledge.glossary.problems) warn(`${problem.file}:${problem.line}: ${problem.message}`);
  return { knowledge, sources };
}

import { join } from 'node:path';
import { formatProblem, loadCorpus } from '../corpus/index.js';
import { loadCuratedGlossary } from '../glossary/index.js';
import { buildKnowledge, type Knowledge } from './knowledge.js';
import { loadTeamEvents } from '../timeline/index.js';

/**
 * The start-up I/O in one place: the documents, the team's glossary and events files, then everything built
 * from them. Problems (a skipped document, a malformed glossary entry) are reported with file and
 * line through `warn`; the bot starts with what is usable. `corpusWarnings: false` leaves out what
 * loads anyway (a footnote marker without its note), for callers that would repeat it on every run.
 */
export function loadKnowledge(corpusDir: string, warn: (line: string) => void, { corpusWarnings = true } = {}): Knowledge {
  const documentsDir = join(corpusDir, 'documents');
  const corpus = loadCorpus(documentsDir);
  for (const problem of corpus.problems) if (corpusWarnings || problem.severity === 'error') warn(formatProblem(problem));
  if (corpus.documents.length === 0) warn(`${documentsDir}: no documents loaded; every question will come back empty`);
  const curated = loadCuratedGlossary(join(corpusDir, 'glossary.yaml'));
  for (const problem of curated.problems) warn(`${problem.file}:${problem.line}: ${problem.message}`);
  const team = loadTeamEvents(join(corpusDir, 'events.yaml'));
  for (const problem of team.problems) warn(formatProblem(problem));
  const knowledge = buildKnowledge({ corpus, curatedGlossary: curated.entries, teamEvents: team.events, warn });
  for (const problem of knowledge.glossary.problems) warn(`${problem.file}:${problem.line}: ${problem.message}`);
  return knowledge;
}

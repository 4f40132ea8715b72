import type { Corpus } from '../../corpus/index.js';
import { buildGlossary, type Glossary } from '../../glossary/index.js';
import { buildTimeline, type Timeline } from '../../timeline/index.js';
import { formatProblem } from '../../corpus/index.js';
import { readSources } from '../load.js';
import { sourceFingerprint } from './fingerprint.js';

/**
 * Everything a reload builds that is plain data (so it can cross from a worker thread by
 * structured clone): all of the knowledge but the search index, whose MiniSearch instance cannot.
 */
export interface KnowledgeParts {
  fingerprint: string;
  /** When the files were read. */
  loadedAt: Date;
  corpus: Corpus;
  glossary: Glossary;
  timeline: Timeline;
  /** Problems in corpus/glossary.yaml and corpus/events.yaml: a reload that adds some is refused. */
  curatedProblems: number;
  teamProblems: number;
  /** Every problem, one line each, as the start-up reports them. */
  warnings: string[];
}

/** Read and build the parts (in the worker thread, see build-worker.ts). */
export function buildParts(corpusDir: string): KnowledgeParts {
  const warnings: string[] = [];
  // Hashed before reading: a file changed while it is read makes the next check see a difference, never hides one.
  const fingerprint = sourceFingerprint(corpusDir);
  const loadedAt = new Date();
  const { corpus, curated, team } = readSources(corpusDir, (line) => warnings.push(line));
  const glossary = buildGlossary(corpus.documents, curated.entries);
  for (const problem of glossary.problems) warnings.push(`${problem.file}:${problem.line}: ${problem.message}`);
  const timeline = buildTimeline(corpus.documents, team.events);
  for (const problem of timeline.problems) warnings.push(formatProblem(problem));
  return { fingerprint, loadedAt, corpus, glossary, timeline, curatedProblems: curated.problems.length, teamProblems: team.problems.length, warnings };
}

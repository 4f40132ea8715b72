import { join } from 'node:path';
import { formatProblem } from '../../corpus/index.js';
import type { LoadedKnowledge } from './live-knowledge.js';
import type { KnowledgeParts } from './parts.js';

/**
 * Why a rebuild must not replace the running knowledge, or null when it may. A rebuild is refused
 * when it would lose what the bot answers from because of a file caught half-edited: a document
 * the bot holds that no longer loads, a documents folder that cannot be read (moved, checked out
 * anew), or a glossary.yaml or events.yaml with more problems than before. A new document that
 * does not load is only skipped, as at start: /sources says so.
 */
export function refusal(corpusDir: string, current: LoadedKnowledge, next: KnowledgeParts): string | null {
  const errors = next.corpus.problems.filter((problem) => problem.severity === 'error');
  const folder = errors.find((problem) => problem.file === join(corpusDir, 'documents'));
  if (folder) return formatProblem(folder);
  const lost = errors.filter((problem) => current.knowledge.documents.has(problem.file));
  if (lost.length > 0) return lost.map(formatProblem).join('; ');
  const curated = next.curatedProblems - current.curatedProblems;
  const team = next.teamProblems - current.teamProblems;
  const file = (name: string) => next.warnings.filter((line) => line.startsWith(`${name}:`)).join('; ');
  if (curated > 0) return `glossary.yaml has ${curated} new problem(s): ${file('glossary.yaml')}`;
  if (team > 0) return `events.yaml has ${team} new problem(s): ${file('events.yaml')}`;
  return null;
}

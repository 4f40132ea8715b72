import { loadKnowledgeAndSources } from '../load.js';
import { sourceFingerprint } from './fingerprint.js';
import { LiveKnowledge } from './live-knowledge.js';

/**
 * The running bot's first load: as loadKnowledge (in this thread — nothing is waiting for an
 * answer yet), kept in a LiveKnowledge that reloads can swap, with the problems it reported so a
 * reload logs only new ones.
 */
export function loadLiveKnowledge(corpusDir: string, warn: (line: string) => void, { corpusWarnings = true } = {}): { live: LiveKnowledge; warnings: string[] } {
  const warnings: string[] = [];
  // Hashed before reading, as a reload does: a change during the load is seen by the next check.
  const fingerprint = sourceFingerprint(corpusDir);
  const { knowledge, sources } = loadKnowledgeAndSources(
    corpusDir,
    (line) => {
      warnings.push(line);
      warn(line);
    },
    { corpusWarnings },
  );
  return {
    live: new LiveKnowledge({ knowledge, fingerprint, curatedProblems: sources.curated.problems.length, teamProblems: sources.team.problems.length }),
    warnings,
  };
}

import { loadCorpus } from '../../src/corpus/load.js';
import { formatProblem } from '../../src/corpus/index.js';
import { buildKnowledge, type Knowledge } from '../../src/knowledge/knowledge.js';
import { loadCuratedGlossary } from '../../src/glossary/index.js';
import { loadTeamEvents } from '../../src/timeline/index.js';
import { projectPath } from '../../src/shared/paths.js';
import { commands } from '../../commands/index.js';
import type { CommandContext } from '../../src/dispatch/types.js';

/**
 * The five seed papers the tests' expected answers were read off: a copy in test/fixtures, so a
 * paper added to corpus/documents changes no pinned answer. The team's own glossary.yaml and
 * events.yaml are read from corpus/, as the bot reads them. Tests of corpus/ itself check
 * invariants (test/corpus, test/glossary/invariants, test/timeline/corpus-invariants).
 */
export const SEED_DOCUMENTS = projectPath('test', 'fixtures', 'seed-corpus', 'documents');

/** The seed papers' knowledge, built once per test file (it is read-only); any load problem fails the test. */
let cached: Knowledge | undefined;
export function realKnowledge(): Knowledge {
  cached ??= seedKnowledge();
  return cached;
}

function seedKnowledge(): Knowledge {
  const fail = (line: string): never => {
    throw new Error(`corpus problem: ${line}`);
  };
  const corpus = loadCorpus(SEED_DOCUMENTS);
  for (const problem of corpus.problems) fail(formatProblem(problem));
  const curated = loadCuratedGlossary(projectPath('corpus', 'glossary.yaml'));
  for (const problem of curated.problems) fail(`${problem.file}:${problem.line}: ${problem.message}`);
  const team = loadTeamEvents(projectPath('corpus', 'events.yaml'));
  for (const problem of team.problems) fail(formatProblem(problem));
  const knowledge = buildKnowledge({ corpus, curatedGlossary: curated.entries, teamEvents: team.events, warn: fail });
  for (const problem of knowledge.glossary.problems) fail(`${problem.file}:${problem.line}: ${problem.message}`);
  return knowledge;
}

export function testContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    knowledge: realKnowledge(),
    now: () => new Date('2026-11-22T09:00:00Z'),
    platform: 'terminal',
    user: { id: 'U1', name: 'tester' },
    channelId: 'C1',
    isAdmin: true,
    commands,
    ...overrides,
  };
}

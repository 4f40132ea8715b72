import type { Knowledge } from '../../src/knowledge/knowledge.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { projectPath } from '../../src/shared/paths.js';
import { commands } from '../../commands/index.js';
import type { CommandContext } from '../../src/dispatch/types.js';

/** The real corpus, loaded once per test file (it is read-only). */
let cached: Knowledge | undefined;
export function realKnowledge(): Knowledge {
  cached ??= loadKnowledge(projectPath('corpus'), (line) => {
    throw new Error(`corpus problem: ${line}`);
  });
  return cached;
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

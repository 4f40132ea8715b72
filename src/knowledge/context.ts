import { commands } from '../../commands/index.js';
import type { CommandContext } from '../dispatch/types.js';
import type { Config } from '../config.js';
import type { Knowledge } from './knowledge.js';
import { loadKnowledge } from './load.js';

/**
 * Load and index the corpus once; report problems on stderr with file and line. Warnings (the
 * document loads anyway) are said once per start of the bot, not on every one-shot CLI command,
 * where they would be noise around each answer; problems that drop a document are always said.
 */
export function prepareKnowledge(config: Config, { corpusWarnings = false } = {}): Knowledge {
  return loadKnowledge(config.corpusDir, (line) => console.error(`briefbot: ${line}`), { corpusWarnings });
}

/** The context for commands typed at this machine: the terminal chat and one-shot CLI runs. */
export function terminalContext(knowledge: Knowledge, platform: 'terminal' | 'cli'): CommandContext {
  const user = process.env.USER ?? 'you';
  return {
    knowledge,
    now: () => new Date(),
    platform,
    user: { id: user, name: user },
    channelId: 'terminal',
    // The person at the terminal owns the process, so they may change its settings.
    isAdmin: true,
    commands,
  };
}

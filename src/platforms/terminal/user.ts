import type { CommandRequest } from '../../dispatch/dispatcher.js';

/**
 * Who is asking at this machine, for the terminal chat and one-shot CLI runs: the person who runs
 * the process owns it, so they may change its settings (the digest) without anyone's leave.
 */
export function terminalRequester(platform: 'terminal' | 'cli'): Omit<CommandRequest, 'name' | 'input'> {
  const user = process.env.USER ?? 'you';
  // The chat is one conversation, so a follow-up is read with the question before it; a one-shot run is not.
  return { platform, user: { id: user, name: user }, channelId: 'terminal', isAdmin: async () => true, ...(platform === 'terminal' ? { conversationId: 'terminal' } : {}) };
}

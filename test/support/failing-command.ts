import type { Command } from '../../src/dispatch/types.js';

/** A command that always throws: what the dispatcher does with a failure, on every surface. */
export const failingCommand = {
  name: 'boom',
  description: 'Always fails',
  options: [],
  examples: [],
  run() {
    throw new Error('disk on fire');
  },
} satisfies Command;

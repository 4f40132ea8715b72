import type { Command } from '../src/dispatch/types.js';
import { sourcesReply } from '../src/present/sources.js';

/** The papers the bot quotes from, each with its citation: what the corpus covers. */
const sourcesCommand = {
  name: 'sources',
  description: 'List the papers the answers come from, with their citations',
  options: [],
  examples: ['/sources'],
  run: (_options, { knowledge }) => sourcesReply(knowledge.documents.values(), { loadedAt: knowledge.loadedAt, problems: knowledge.corpus.problems }),
} satisfies Command;

export default sourcesCommand;

import type { Command } from '../src/dispatch/types.js';
import { notice } from '../src/present/build.js';
import type { Span } from '../src/present/types.js';
import { documentCitationText } from '../src/search/index.js';

/** The papers the bot quotes from, each with its citation: what the corpus covers. */
const sourcesCommand = {
  name: 'sources',
  description: 'List the papers the answers come from, with their citations',
  options: [],
  examples: ['/sources'],
  run(_options, context) {
    const documents = [...context.knowledge.documents.values()].sort((a, b) => b.meta.published.localeCompare(a.meta.published));
    if (documents.length === 0) return { blocks: [notice('warning', 'No papers are loaded: the corpus is empty.')], visibility: 'ephemeral' };
    const items = documents.map((document): Span[] => {
      const { meta } = document;
      const citation = documentCitationText(meta);
      const details = `${meta.kind}, ${document.passages.length} passages${meta.publishedInferred ? ', date inferred from the text' : ''}`;
      return [{ text: citation }, { text: ` (${details})` }, ...(meta.url ? [{ text: ` ${meta.url}` }] : [])];
    });
    return { title: `${documents.length} papers in the corpus`, blocks: [{ type: 'list', items }], visibility: 'ephemeral', shareable: true };
  },
} satisfies Command;

export default sourcesCommand;

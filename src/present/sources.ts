import type { CorpusDocument } from '../corpus/index.js';
import { notice } from './build.js';
import { documentCitationText } from './citation-text.js';
import type { Reply, TextRun } from './types.js';

/** The papers the bot quotes from, newest first, each with its citation: what the corpus covers. */
export function sourcesReply(documents: Iterable<CorpusDocument>): Reply {
  const sorted = [...documents].sort((a, b) => b.meta.published.localeCompare(a.meta.published));
  if (sorted.length === 0) return { blocks: [notice('warning', 'No papers are loaded: the corpus is empty.')], visibility: 'ephemeral' };
  const items = sorted.map((document): TextRun[] => {
    const { meta } = document;
    const details = `${meta.kind}, ${document.passages.length} passages${meta.publishedInferred ? ', date inferred from the text' : ''}`;
    return [{ text: documentCitationText(meta) }, { text: ` (${details})` }, ...(meta.url ? [{ text: ` ${meta.url}` }] : [])];
  });
  return { title: `${sorted.length} papers in the corpus`, blocks: [{ type: 'list', items }], visibility: 'ephemeral', shareable: true };
}

import { formatProblem, type CorpusDocument, type LoadProblem } from '../corpus/index.js';
import { formatLocal } from '../shared/time/format.js';
import { notice, text } from './build.js';
import { documentCitationText } from './citation-text.js';
import type { Block, Reply, TextRun } from './types.js';

/** When the corpus was read, and the files it could not use: documents added or edited since start show up here. */
export interface CorpusStatus {
  loadedAt: Date;
  problems: readonly LoadProblem[];
}

/** "Loaded … UTC", and each skipped document with why, so whoever added one sees what became of it. */
function statusBlocks(status: CorpusStatus | undefined): Block[] {
  if (status === undefined) return [];
  const skipped = status.problems.filter((problem) => problem.severity === 'error');
  const loaded = text(`Corpus loaded ${formatLocal(status.loadedAt, 'UTC')} UTC; ${skipped.length === 0 ? 'no document skipped' : `${skipped.length} document${skipped.length === 1 ? '' : 's'} skipped`}.`);
  if (skipped.length === 0) return [loaded];
  return [loaded, notice('warning', skipped.map(formatProblem).join('\n'))];
}

/** The papers the bot quotes from, newest first, each with its citation: what the corpus covers. */
export function sourcesReply(documents: Iterable<CorpusDocument>, status?: CorpusStatus): Reply {
  const sorted = [...documents].sort((a, b) => b.meta.published.localeCompare(a.meta.published));
  if (sorted.length === 0) return { blocks: [notice('warning', 'No papers are loaded: the corpus is empty.'), ...statusBlocks(status)], visibility: 'ephemeral' };
  const items = sorted.map((document): TextRun[] => {
    const { meta } = document;
    const details = `${meta.kind}, ${document.passages.length} passages${meta.publishedInferred ? ', date inferred from the text' : ''}`;
    return [{ text: documentCitationText(meta) }, { text: ` (${details})` }, ...(meta.url ? [{ text: ` ${meta.url}` }] : [])];
  });
  return { title: `${sorted.length} papers in the corpus`, blocks: [{ type: 'list', items }, ...statusBlocks(status)], visibility: 'ephemeral', shareable: true };
}

import { spans, text } from '../build.js';
import type { Block, Reply, ReplyButton } from '../types.js';
import { glossaryPage, type Glossary } from '../../glossary/index.js';
import { meaningOf } from './entry.js';

/**
 * `/acronym` with no term: the glossary by letter, one page, with buttons to turn pages.
 * "Previous page" is this list's Back: it carries the previous page's options and comes first.
 */
export function listReply(glossary: Glossary, requested: number): Reply {
  const { page, pages, groups } = glossaryPage(glossary, requested);
  if (groups.length === 0) return { blocks: [text('The glossary is empty: no paper defines or uses an acronym.')], visibility: 'ephemeral' };
  const blocks: Block[] = groups.flatMap(({ letter, entries }) => [
    spans({ text: letter, marked: true }),
    { type: 'list', items: entries.map((entry) => [{ text: entry.acronym, marked: true }, { text: ` — ${meaningOf(entry)}` }]) } satisfies Block,
  ]);
  if (requested !== page) blocks.unshift(text(`There ${pages === 1 ? 'is 1 page' : `are ${pages} pages`}; here is page ${page}.`));
  blocks.push(text('Type /acronym and a term for one entry, e.g. /acronym METI or /acronym economic 2+2.'));
  const buttons: ReplyButton[] = [];
  if (page > 1) buttons.push({ id: 'previous', label: 'Previous page', command: 'acronym', args: { page: page - 1 } });
  if (page < pages) buttons.push({ id: 'next', label: 'Next page', command: 'acronym', args: { page: page + 1 } });
  return { title: `Glossary — page ${page} of ${pages} (${glossary.entries.length} entries)`, blocks, buttons, visibility: 'ephemeral', paged: true };
}

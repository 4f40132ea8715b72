import type { Block } from '../../present/types.js';

export type ExcerptBlock = Extract<Block, { type: 'excerpt' }>;

/** What one embed shows: the prose leading up to an excerpt, the excerpt, and the notices about it. */
export interface Section {
  prose: Block[];
  excerpt: ExcerptBlock | null;
  /** Notices right after the excerpt (a date the sources disagree on): they belong to its card. */
  after: Block[];
}

/**
 * Groups a reply's blocks into embeds, one per excerpt: each excerpt gets its own card with its
 * citation, headed by the text before it (a timeline event's headline) and followed by the notices
 * about it. Text after the last excerpt ("Showing 1–5 of 12") makes a card of its own.
 */
export function sections(blocks: readonly Block[]): Section[] {
  const out: Section[] = [];
  let current: Section = { prose: [], excerpt: null, after: [] };
  const close = () => {
    if (current.prose.length > 0 || current.excerpt) out.push(current);
    current = { prose: [], excerpt: null, after: [] };
  };
  for (const block of blocks) {
    if (block.type === 'excerpt') {
      if (current.excerpt) close();
      current.excerpt = block;
    } else if (current.excerpt && block.type === 'notice') {
      current.after.push(block);
    } else {
      if (current.excerpt) close();
      current.prose.push(block);
    }
  }
  close();
  return out;
}

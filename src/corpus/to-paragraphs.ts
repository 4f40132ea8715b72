import type { BodyParagraph } from './clean.js';
import { withoutMarkers, type LongNotes } from './footnote-markers.js';

/** A unit the cleaning kept: text, or a heading. */
export interface Kept {
  text: string;
  line: number;
  listItem: boolean;
  /** Heading by Markdown markup (always a section), by its look (a section unless another follows), or not one. */
  heading: 'markup' | 'likely' | null;
  speaker: string | null;
}

interface Paragraphs {
  paragraphs: BodyParagraph[];
  sections: string[];
  /** Headings, for the removed-text record: sections, and the leftover labels that were not. */
  headings: { line: number; text: string; kind: 'section heading' | 'leftover label' }[];
}

const TERMINAL = /[.?!…:;"”’。！？]$/;

/**
 * Headings become section names; a paragraph cut by a page break is joined to its other half.
 * A list item is a paragraph of its own; a change of speaker always starts a new paragraph.
 */
export function toParagraphs(blocks: Kept[], isLongNote: LongNotes): Paragraphs {
  const paragraphs: BodyParagraph[] = [];
  const sections: string[] = [];
  const headings: Paragraphs['headings'] = [];
  let section: string | null = null;
  let open: BodyParagraph | null = null;
  // Whether the open paragraph ends a sentence, kept as blocks join it: testing the whole joined
  // text at every block made a long run of unpunctuated lines (links, notes) quadratic.
  let openEnds = false;
  const close = () => {
    if (open) paragraphs.push(open);
    open = null;
  };
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.heading !== null) {
      close();
      // A heading with another heading right under it is a leftover label, not a section; a
      // heading set in Markdown is meant as one, even over a list's own labels.
      if (block.heading === 'markup' || (next !== undefined && next.heading === null)) {
        section = withoutMarkers(block.text, isLongNote).trim().replace(/\s*:$/, '');
        sections.push(section);
        headings.push({ line: block.line, text: block.text, kind: 'section heading' });
      } else headings.push({ line: block.line, text: block.text, kind: 'leftover label' });
      return;
    }
    if (open && !block.listItem && block.speaker === open.speaker) open.text = `${open.text} ${block.text}`;
    else {
      close();
      open = { text: block.text, section, line: block.line, speaker: block.speaker };
      openEnds = false;
    }
    // A block of markers alone leaves the paragraph ending as it did.
    if (withoutMarkers(block.text, isLongNote).trim() !== '') openEnds = TERMINAL.test(withoutMarkers(block.text, isLongNote).trim());
    // A paragraph with no full stop at its end was cut by a page break: the next block continues
    // it, when that block reads as a continuation (same speaker, not a list item).
    if (openEnds || next === undefined || next.listItem || next.speaker !== block.speaker || block.listItem) close();
  });
  close();
  return { paragraphs, sections, headings };
}

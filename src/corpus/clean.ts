import { boilerplateRuleFor } from './boilerplate.js';
import { longNoteNumbers, parseNoteLine, withoutMarkers, type LongNotes } from './footnote-markers.js';
import { splitSentences } from './sentences.js';
import type { DocumentMeta, Footnote } from './types.js';

/** A paragraph of the author's text, under its section heading. */
export interface BodyParagraph {
  text: string;
  section: string | null;
  /** 1-based line in the file where the paragraph starts. */
  line: number;
}

interface CleanedBody {
  paragraphs: BodyParagraph[];
  sections: string[];
  /** Notes in the order printed, before numbering repairs. */
  notes: Footnote[];
  /** Why each dropped line went, for tests and `briefbot` diagnostics. */
  dropped: { line: number; text: string; reason: string }[];
  /** The document's notes numbered past 999, whose bracketed markers are markers here. */
  isLongNote: LongNotes;
}

interface Block {
  text: string;
  line: number;
  listItem?: boolean;
}

const TERMINAL = /[.?!…:;"”’。！？]$/;
const AFFILIATION = /\b(Fellow|Scholar|Professor|Director|Researcher|Chair|Analyst|Editor|Associate|Correspondent)\b/;
const NOTES_HEADING = /^(End ?notes|Foot ?notes|Notes|References)$/i;

/** Letters and digits only, lower case: compares titles and names however they were typeset. */
function squash(text: string, isLongNote?: LongNotes): string {
  return withoutMarkers(text, isLongNote).toLowerCase().replace(/[^a-z0-9\u3040-\u9fff]/g, '');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Markdown emphasis and list bullets are formatting, not words. */
function stripFormatting(text: string): string {
  return text
    .replace(/\*{1,3}([^*]+?)\*{1,3}/g, '$1')
    .replace(/^[-•]\s+/, '')
    .trim();
}

function endsSentence(text: string, isLongNote: LongNotes): boolean {
  return TERMINAL.test(withoutMarkers(text, isLongNote).trim());
}

function isHeadingLike(text: string, isLongNote: LongNotes): boolean {
  if (wordCount(text) > 20 || endsSentence(text, isLongNote) || splitSentences(text).length > 1) return false;
  if (/^[-•*]|^\d+\.\s/.test(text)) return false; // list item
  return /^[A-Z0-9“"‘'(]/.test(text);
}

/** "Erik M. Jacobs" also matches "Erik Jacobs" and "Erik M Jacobs". */
function nameForms(author: string): string[] {
  const parts = author.split(/\s+/).filter((p) => !/^(Mr|Ms|Mrs|Dr)\.?$/.test(p));
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  return [...new Set([squash(parts.join(' ')), squash(`${first} ${last}`)])];
}

function splitBlocks(body: string, firstLine: number): Block[] {
  return body
    .split('\n')
    .map((raw, i) => ({ text: raw.replace(/\s+/g, ' ').trim(), line: firstLine + i }))
    .filter((block) => block.text !== '');
}

/** Short lines printed more than once (running heads, widgets, repeated labels). */
function repeatedLines(blocks: Block[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { text } of blocks) counts.set(text, (counts.get(text) ?? 0) + 1);
  return new Set([...counts].filter(([text, n]) => n > 1 && (wordCount(text) <= 12 || text.length > 200)).map(([t]) => t));
}

/**
 * Turn a captured body into the author's paragraphs, section names and notes.
 * Order matters: notes are taken out first so that a page break's footnote block no longer sits
 * between the two halves of a sentence, and the halves can be rejoined.
 */
export function cleanBody(body: string, meta: DocumentMeta, firstLine: number): CleanedBody {
  const blocks = splitBlocks(body.normalize('NFC'), firstLine);
  const longNotes = longNoteNumbers(blocks.map((block) => block.text));
  const isLongNote: LongNotes = (id) => longNotes.has(id);
  const dropped: CleanedBody['dropped'] = [];
  const drop = (block: Block, reason: string) => dropped.push({ line: block.line, text: block.text, reason });

  const repeated = repeatedLines(blocks);
  const title = squash(meta.title);
  const authors = meta.authors.flatMap(nameForms);
  const publisherNames = (meta.publisher ?? '')
    .split(/[(),]/)
    .map((name) => squash(name))
    .filter((name) => name.length >= 6);

  // Everything printed before the title is site navigation or a document label.
  const titleIndex = blocks.findIndex((b, i) => i < 8 && squash(b.text) !== '' && title.startsWith(squash(b.text)));

  const notes: Footnote[] = [];
  const kept: Block[] = [];
  let inNotes = false;
  let afterByline = false;
  blocks.forEach((block, i) => {
    const text = block.text;
    const squashed = squash(text, isLongNote);
    const wasAfterByline = afterByline;
    afterByline = false;
    if (i < titleIndex) return drop(block, 'before the title');
    const note = parseNoteLine(text, isLongNote);
    if (note) {
      notes.push({ id: note.id, text: stripFormatting(note.text) });
      return drop(block, 'note');
    }
    if (NOTES_HEADING.test(text)) {
      inNotes = true;
      return drop(block, 'notes heading');
    }
    if (inNotes) return drop(block, 'inside the notes');
    const rule = boilerplateRuleFor(text);
    if (rule) return drop(block, rule.name);
    if (repeated.has(text)) return drop(block, 'repeated running head or block');
    // The title, or a part of it printed on its own line, right where the title stands.
    const nearTitle = i >= titleIndex && i <= Math.max(titleIndex, 0) + 3;
    if (nearTitle && squashed.length > 0 && wordCount(text) <= 20 && title.includes(squashed)) return drop(block, 'title');
    const unhonored = squash(text.replace(/^(Mr|Ms|Mrs|Dr|Prof)\.?\s+/, ''));
    const leadingName = authors.find((name) => unhonored.startsWith(name));
    if (leadingName !== undefined && wordCount(text) <= 8) {
      afterByline = true;
      return drop(block, 'byline');
    }
    if (leadingName !== undefined || (/^author:/i.test(text) && wordCount(text) <= 6)) return drop(block, 'author bio');
    if (wasAfterByline && isHeadingLike(text, isLongNote) && AFFILIATION.test(text)) return drop(block, 'author affiliation');
    if (publisherNames.some((name) => squash(text.replace(/^The\s+/, '')).startsWith(name)) && / is an? /.test(text)) {
      return drop(block, 'publisher blurb');
    }
    kept.push({ text: stripFormatting(text), line: block.line, listItem: /^([-•*]|\d+\.)\s/.test(text) });
  });

  return { ...toParagraphs(kept, isLongNote), notes, dropped, isLongNote };
}

/** Headings become section names; a paragraph cut by a page break is joined to its other half. */
function toParagraphs(blocks: Block[], isLongNote: LongNotes): Pick<CleanedBody, 'paragraphs' | 'sections'> {
  const paragraphs: BodyParagraph[] = [];
  const sections: string[] = [];
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
    if (isHeadingLike(block.text, isLongNote)) {
      close();
      // A heading with another heading right under it is a leftover label, not a section.
      if (next !== undefined && !isHeadingLike(next.text, isLongNote)) {
        section = withoutMarkers(block.text, isLongNote).trim();
        sections.push(section);
      }
      return;
    }
    if (open && !block.listItem) open.text = `${open.text} ${block.text}`;
    else {
      close();
      open = { text: block.text, section, line: block.line };
      openEnds = false;
    }
    // A block of markers alone leaves the paragraph ending as it did.
    if (withoutMarkers(block.text, isLongNote).trim() !== '') openEnds = endsSentence(block.text, isLongNote);
    // A paragraph with no full stop at its end was cut by a page break: the next block continues it.
    if (openEnds || next?.listItem) close();
  });
  close();
  return { paragraphs, sections };
}

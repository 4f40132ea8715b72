import { boilerplateRuleFor } from './boilerplate.js';
import { longNoteNumbers, parseNoteLine, withoutMarkers, type LongNotes } from './footnote-markers.js';
import { isHeadingMarkup, isListItem, stripMarkup } from './markup.js';
import type { RemovedCategory } from './removed-categories.js';
import { splitSentences } from './sentences.js';
import { furnitureCategory, isEmbargoSentence, speakerLabel, takeStageDirections } from './transcript.js';
import { toParagraphs, type Kept } from './to-paragraphs.js';
import { splitUnits, type Unit } from './units.js';
import type { DocumentMeta, Footnote } from './types.js';

/** A paragraph of the author's text, under its section heading. */
export interface BodyParagraph {
  text: string;
  section: string | null;
  /** 1-based line in the file where the paragraph starts. */
  line: number;
  /** Who says it, in a transcript. */
  speaker: string | null;
}

export interface Dropped {
  line: number;
  text: string;
  reason: RemovedCategory;
}

interface CleanedBody {
  paragraphs: BodyParagraph[];
  sections: string[];
  /** Notes in the order printed, before numbering repairs. */
  notes: Footnote[];
  /** Why each removed line or piece went, for tests and `briefbot` diagnostics. */
  dropped: Dropped[];
  /** The document's notes numbered past 999, whose bracketed markers are markers here. */
  isLongNote: LongNotes;
}

const TERMINAL = /[.?!…:;"”’。！？]$/;
const AFFILIATION = /\b(Fellow|Scholar|Professor|Director|Researcher|Chair|Analyst|Editor|Associate|Correspondent)\b/;
const NOTES_HEADING = /^(End ?notes|Foot ?notes|Notes|References)$/i;

/** Letters and digits only, lower case: compares titles and names however they were typeset. */
function squash(text: string, isLongNote?: LongNotes): string {
  return withoutMarkers(text, isLongNote).toLowerCase().replace(/[^a-z0-9\u3040-\u9fff]/g, '');
}


/** Whether the text has at most `n` words, read no further than that: a paragraph may be a megabyte. */
function atMostWords(text: string, n: number): boolean {
  const word = /\S+/g;
  for (let count = 0; word.exec(text) !== null; count++) if (count >= n) return false;
  return true;
}

export function endsSentence(text: string, isLongNote: LongNotes): boolean {
  return TERMINAL.test(withoutMarkers(text, isLongNote).trim());
}

/** A paragraph that reads as a heading: short, one phrase, no end punctuation, opening with a capital. */
export function isHeadingLike(text: string, isLongNote: LongNotes): boolean {
  if (!atMostWords(text, 20) || endsSentence(text, isLongNote) || splitSentences(text).length > 1) return false;
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

/**
 * Paragraphs printed more than once that are not sentences (running heads, widgets, repeated
 * labels), and long blocks printed twice. A paragraph that ends a sentence is never one: a
 * speaker's "Thank you." recurs and is text.
 */
function repeatedUnits(units: Unit[], isLongNote: LongNotes): Set<string> {
  const counts = new Map<string, number>();
  for (const { text } of units) counts.set(text, (counts.get(text) ?? 0) + 1);
  // Read without stage directions: "Thank you. (Applause.)" is speech, "(Cross-talk.)" a direction.
  const isHead = (text: string) => {
    const { rest } = takeStageDirections(text);
    return rest !== '' && atMostWords(rest, 12) && !endsSentence(rest, isLongNote) && !speakerLabel(text);
  };
  const repeated = [...counts].filter(([text, n]) => n > 1 && (text.length > 200 || isHead(text)));
  return new Set(repeated.map(([text]) => text));
}

/**
 * Turn a captured body into the author's paragraphs, section names and notes.
 * Order matters: notes are taken out first so that a page break's footnote block no longer sits
 * between the two halves of a sentence, and the halves can be rejoined.
 */
export function cleanBody(body: string, meta: DocumentMeta, firstLine: number): CleanedBody {
  const units = splitUnits(body.normalize('NFC'), firstLine);
  const longNotes = longNoteNumbers(units.map((unit) => unit.text));
  const isLongNote: LongNotes = (id) => longNotes.has(id);
  const dropped: Dropped[] = [];
  const drop = (line: number, text: string, reason: RemovedCategory) => dropped.push({ line, text, reason });

  const repeated = repeatedUnits(units, isLongNote);
  const title = squash(meta.title);
  const authors = meta.authors.flatMap(nameForms);
  const publisherNames = (meta.publisher ?? '')
    .split(/[(),]/)
    .map((name) => squash(name))
    .filter((name) => name.length >= 6);
  // A transcript: its paragraphs are spoken, so none of them is a heading, and what precedes the
  // first speaker is the place and time of the event.
  const transcript = units.some((unit) => speakerLabel(unit.text) !== undefined);

  // Everything printed before the title is site navigation or a document label.
  const titleIndex = units.findIndex((u, i) => i < 8 && squash(u.text) !== '' && title.startsWith(squash(u.text)));

  const notes: Footnote[] = [];
  const kept: Kept[] = [];
  let inNotes = false;
  let afterByline = false;
  let speaker: string | null = null;
  units.forEach((unit, i) => {
    const { line } = unit;
    let text = unit.text;
    // Titles, names and bylines are short: a long paragraph is compared by its opening only.
    const opening = text.slice(0, 300);
    const squashed = squash(opening, isLongNote);
    const wasAfterByline = afterByline;
    afterByline = false;
    if (i < titleIndex) return drop(line, text, 'before the title');
    const note = parseNoteLine(text, isLongNote);
    if (note) {
      notes.push({ id: note.id, text: stripMarkup(note.text).text });
      return drop(line, text, 'note');
    }
    if (NOTES_HEADING.test(text)) {
      inNotes = true;
      return drop(line, text, 'notes heading');
    }
    if (inNotes) return drop(line, text, 'inside the notes');
    const furniture = text.length <= 80 ? furnitureCategory(text) ?? furnitureCategory(stripMarkup(text).text) : undefined;
    if (furniture) return drop(line, text, furniture as RemovedCategory);
    const rule = boilerplateRuleFor(text);
    if (rule) return drop(line, text, rule.name);
    // Only a paragraph of its own: a wrapped line that recurs ("countries.") is part of a sentence.
    if (unit.alone && repeated.has(text)) return drop(line, text, 'repeated running head or block');
    // The title, or a part of it printed on its own line, right where the title stands.
    const nearTitle = i >= titleIndex && i <= Math.max(titleIndex, 0) + 3;
    if (nearTitle && squashed.length > 0 && atMostWords(text, 20) && title.includes(squashed)) return drop(line, text, 'title');
    const unhonored = squash(opening.replace(/^(Mr|Ms|Mrs|Dr|Prof)\.?\s+/, ''));
    const leadingName = authors.find((name) => unhonored.startsWith(name));
    if (leadingName !== undefined && atMostWords(text, 8)) {
      afterByline = true;
      return drop(line, text, 'byline');
    }
    if (leadingName !== undefined || (/^author:/i.test(text) && atMostWords(text, 6))) return drop(line, text, 'author bio');
    if (wasAfterByline && isHeadingLike(text, isLongNote) && AFFILIATION.test(text)) return drop(line, text, 'author affiliation');
    if (publisherNames.some((name) => squash(opening.replace(/^The\s+/, '')).startsWith(name)) && / is an? /.test(text)) {
      return drop(line, text, 'publisher blurb');
    }
    const label = speakerLabel(text);
    if (label) {
      drop(line, label.label, 'speaker label');
      speaker = label.speaker;
      text = label.rest;
    } else if (transcript && speaker === null && atMostWords(text, 12) && !endsSentence(text, isLongNote)) {
      return drop(line, text, 'place line');
    }
    const { rest, directions } = takeStageDirections(text);
    for (const direction of directions) drop(line, direction, 'stage direction');
    const markup = stripMarkup(rest);
    for (const piece of markup.taken) drop(line, piece.text, piece.category as RemovedCategory);
    const sentences = splitSentences(markup.text);
    const embargo = sentences.filter(isEmbargoSentence);
    for (const sentence of embargo) drop(line, sentence, 'embargo notice');
    const plain = embargo.length === 0 ? markup.text : sentences.filter((s) => !isEmbargoSentence(s)).join(' ');
    if (plain === '') return;
    const markedHeading = isHeadingMarkup(rest) && atMostWords(plain, 20) && !/[.?!…;。！？]$/.test(plain);
    const listItem = isListItem(rest);
    // A heading by its look is a short paragraph of its own, never a line split off inside a run of
    // lines; a bullet is text unless its markup says heading; so is a line set in italics (a deck).
    const looksLikeHeading = unit.alone && speaker === null && !listItem && !/^\*[^*]/.test(rest) && isHeadingLike(plain, isLongNote);
    kept.push({ text: plain, line, listItem, heading: markedHeading ? 'markup' : looksLikeHeading ? 'likely' : null, speaker });
  });

  const { paragraphs, sections, headings } = toParagraphs(kept, isLongNote);
  for (const heading of headings) drop(heading.line, heading.text, heading.kind);
  return { paragraphs, sections, notes, dropped, isLongNote };
}

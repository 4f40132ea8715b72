import { splitSentences, type CorpusDocument } from '../../corpus/index.js';
import type { SentenceRef } from '../types.js';

/**
 * Every sentence of every document, in the order the documents are given, with where it stands:
 * the passages first, then the headings, the notes, and the lines the loader set apart from the
 * running text (author bios, disclaimers, bylines…). Papers spell acronyms out there too —
 * Togashi 2024 defines IOG and IISS only in its bio and disclaimer, Pryor 2025 CSIS only in a
 * note, a fact sheet names "The U.S.-Japan Competitiveness and Resilience (CoRe) Partnership" in a
 * heading — so the glossary reads them all and cites each to its place.
 */
export function corpusSentences(documents: readonly CorpusDocument[]): SentenceRef[] {
  return documents.flatMap((document) => [...passageSentences(document), ...headingSentences(document), ...noteSentences(document), ...setApartSentences(document)]);
}

/** Only the running text: where an acronym is "used" in the sense a reader means. */
export function isRunningText(ref: SentenceRef): boolean {
  return ref.passage !== null;
}

function passageSentences(document: CorpusDocument): SentenceRef[] {
  return document.passages.flatMap((passage) =>
    splitSentences(passage.text).map((sentence) => ({ doc: document.file, passage: passage.index, section: passage.section, sentence, place: `passage ${passage.index}` })),
  );
}

function headingSentences(document: CorpusDocument): SentenceRef[] {
  return [...new Set(document.sections)].map((heading) => ({ doc: document.file, passage: null, section: heading, sentence: heading, place: 'heading' }));
}

/** A note of up to this many words is quoted whole: a citation's title may hold a "?" or "." that is no sentence end ("…Approach Economic Security?” Center for…"). */
const WHOLE_NOTE_WORDS = 80;

function noteSentences(document: CorpusDocument): SentenceRef[] {
  const notes = Object.values(document.notes).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return notes.flatMap((note) => {
    const text = note.text.trim();
    const sentences = text.split(/\s+/).length <= WHOLE_NOTE_WORDS ? [text] : splitSentences(text);
    return sentences.filter((sentence) => sentence !== '').map((sentence) => ({ doc: document.file, passage: null, section: null, sentence, place: `note ${note.id}` }));
  });
}

/**
 * The removed lines, each once (a bio the page repeats is read once), leaving out the lines that
 * are a note already read from `document.notes`: whatever the loader calls them, a note is cited
 * by its number.
 */
function setApartSentences(document: CorpusDocument): SentenceRef[] {
  const noteTexts = Object.values(document.notes).map((note) => note.text.trim()).filter((text) => text !== '');
  const seen = new Set<string>();
  const out: SentenceRef[] = [];
  for (const line of document.removed) {
    const text = line.text.trim();
    if (text === '' || seen.has(text) || noteTexts.some((note) => text.includes(note))) continue;
    seen.add(text);
    for (const sentence of splitSentences(text)) out.push({ doc: document.file, passage: null, section: null, sentence, place: line.category });
  }
  return out;
}

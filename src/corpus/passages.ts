import type { BodyParagraph } from './clean.js';
import { markerIds, type LongNotes } from './footnote-markers.js';
import { countWords, splitSentences } from './sentences.js';
import type { Passage } from './types.js';

export const PASSAGE_MIN_WORDS = 40;
export const PASSAGE_MAX_WORDS = 180;

interface Chunk {
  text: string;
  section: string | null;
  speaker: string | null;
  words: number;
}

/** A paragraph longer than the maximum is cut between sentences into chunks of similar size. */
function splitLong(paragraph: BodyParagraph): Chunk[] {
  const words = countWords(paragraph.text);
  const { section, speaker } = paragraph;
  if (words <= PASSAGE_MAX_WORDS) return [{ text: paragraph.text, section, speaker, words }];
  const sentences = splitSentences(paragraph.text);
  const target = words / Math.ceil(words / PASSAGE_MAX_WORDS);
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let count = 0;
  for (const sentence of sentences) {
    const n = countWords(sentence);
    if (current.length > 0 && (count + n > PASSAGE_MAX_WORDS || count >= target)) {
      chunks.push({ text: current.join(' '), section, speaker, words: count });
      current = [];
      count = 0;
    }
    current.push(sentence);
    count += n;
  }
  if (current.length > 0) chunks.push({ text: current.join(' '), section, speaker, words: count });
  return chunks;
}

/**
 * Passages a person can read in chat: a paragraph, or a few short ones of the same section (and
 * the same speaker) together, about 40–180 words, never cutting a sentence. A list item is a
 * paragraph, so bullets are joined whole and only a bullet too long alone is cut between sentences.
 */
export function buildPassages(file: string, paragraphs: BodyParagraph[], isLongNote?: LongNotes): Passage[] {
  const chunks = paragraphs.flatMap(splitLong);
  const merged: Chunk[] = [];
  for (const chunk of chunks) {
    const last = merged[merged.length - 1];
    // A passage has one section and one speaker: it is cited with both.
    const fits = last !== undefined && last.section === chunk.section && last.speaker === chunk.speaker && last.words + chunk.words <= PASSAGE_MAX_WORDS;
    if (fits && (last.words < PASSAGE_MIN_WORDS || chunk.words < PASSAGE_MIN_WORDS)) {
      last.text = `${last.text}\n\n${chunk.text}`;
      last.words += chunk.words;
    } else {
      merged.push({ ...chunk });
    }
  }
  return merged.map((chunk, i) => ({
    id: `${file}#${i + 1}`,
    doc: file,
    index: i + 1,
    section: chunk.section,
    text: chunk.text,
    noteIds: markerIds(chunk.text, isLongNote),
    ...(chunk.speaker === null ? {} : { speaker: chunk.speaker }),
  }));
}

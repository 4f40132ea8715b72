/**
 * A paper with thousands of endnotes, as a long report captured from the web prints them: each
 * paragraph cites a few notes with "[n]" markers, and the notes follow the body with no heading,
 * each ending in its link (no full stop, so a note the loader misreads as body text joins the
 * next one into one long paragraph).
 */
export function manyNotesDocument(noteCount: number): string {
  const paragraphs: string[] = [];
  for (let first = 1; first <= noteCount; first += 4) {
    const sentences: string[] = [];
    for (let n = first; n < first + 4 && n <= noteCount; n++) {
      sentences.push(`The U.S. and Japan agreed on export controls in round ${n} of the talks, said Mr. Ito of METI.[${n}]`);
    }
    paragraphs.push(sentences.join(' '));
  }
  const notes = Array.from({ length: noteCount }, (_, i) => `[${i + 1}] Ministry of Economy, Trade and Industry, “Round ${i + 1} readout,” March 3, 2023, https://www.meti.go.jp/readout/${i + 1}`);
  return [
    '---',
    'title: A Report With Many Notes',
    'authors: [Ada Author]',
    'published: 2024-05',
    'kind: report',
    '---',
    'Overview',
    '',
    paragraphs.join('\n\n'),
    '',
    notes.join('\n'),
    '',
  ].join('\n');
}

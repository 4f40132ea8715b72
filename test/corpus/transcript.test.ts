import { describe, expect, it } from 'vitest';
import { citationFor } from '../../src/corpus/citation.js';
import { parseDocument } from '../../src/corpus/parse-document.js';
import { speakerName } from '../../src/corpus/transcript.js';
import { citationText } from '../../src/present/citation-text.js';
import { sharedDocuments } from './documents.js';

const FRONT = `---
date: '2024-04-10'
source_url: https://www.example.gov/briefing-room/2024/04/10/remarks/
tags: speeches-remarks
title: Remarks by the President and the Prime Minister in Joint Press Conference
---
`;

/** A press conference as the White House prints one: place, time, speakers, stage directions, wrapped at 72. */
const TRANSCRIPT = `${FRONT}
Rose Garden

(April 9, 2024)

1:23 P.M. EDT

AS DELIVERED

PRESIDENT BIDEN:  Please, have a seat.  It is an honor to stand here
today with the Prime Minister of Japan.  Our alliance has never been
stronger, and our ties on the economic front have never been more robust.

PRIME MINISTER KISHIDA:  (As interpreted.)  Thank you, Joe.  We agreed to
strengthen cooperation on semiconductors and critical minerals.  (Laughter.)
The call is held under embargo until 5:00 a.m. Eastern tomorrow.  We will
work together on the economic security of the Indo-Pacific.

Q    Thank you, Mr. President.  What do you expect of Japan on export
controls toward China in the coming year?

PRESIDENT BIDEN:  We expect a great deal.

1:53 P.M. EDT
`;

describe('a transcript', () => {
  const document = parseDocument('remarks.md', TRANSCRIPT);

  it('keeps speaker labels, stage directions, times, places and "As delivered" out of passages and sections', () => {
    const text = document.passages.map((p) => p.text).join('\n');
    for (const furniture of ['PRESIDENT BIDEN', 'KISHIDA:', 'Q ', '(As interpreted.)', '(Laughter.)', 'P.M.', 'AS DELIVERED', 'Rose Garden', 'April 9', 'embargo']) {
      expect(text).not.toContain(furniture);
    }
    expect(document.sections).toEqual([]);
  });

  it('names what it removed, by category', () => {
    const removed = document.removed.map((r) => `${r.category}: ${r.text}`);
    expect(removed).toEqual(expect.arrayContaining([
      'place line: Rose Garden',
      'date line: (April 9, 2024)',
      'timestamp: 1:23 P.M. EDT',
      'delivery note: AS DELIVERED',
      'speaker label: PRESIDENT BIDEN:',
      'speaker label: PRIME MINISTER KISHIDA:',
      'speaker label: Q',
      'stage direction: (As interpreted.)',
      'stage direction: (Laughter.)',
      'embargo notice: The call is held under embargo until 5:00 a.m. Eastern tomorrow.',
      'timestamp: 1:53 P.M. EDT',
    ]));
  });

  it('gives each passage its one speaker, in the form a citation prints', () => {
    expect(document.passages.map((p) => [p.speaker, p.text.slice(0, 24)])).toEqual([
      ['President Biden', 'Please, have a seat. It '],
      ['Prime Minister Kishida', 'Thank you, Joe. We agree'],
      ['Question', 'Thank you, Mr. President'],
      ['President Biden', 'We expect a great deal.'],
    ]);
  });

  it('is cited with the speaker: "Prime Minister Kishida, in …"', () => {
    const passage = document.passages[1]!;
    const text = citationText(citationFor(document, passage, []));
    expect(text).toMatch(/^Prime Minister Kishida, in “Remarks by the President/);
    expect(citationText(citationFor(document, { ...passage, speaker: null }, []))).toMatch(/^“Remarks/);
  });

  it('names speakers as a reader would write them', () => {
    expect(speakerName('Q')).toBe('Question');
    expect(speakerName('MS. JEAN-PIERRE')).toBe('Ms. Jean-Pierre');
    expect(speakerName('SENIOR ADMINISTRATION OFFICIAL')).toBe('Senior Administration Official');
  });
});

describe('the whitehouse-japan transcripts', () => {
  const documents = sharedDocuments('whitehouse-japan').map(({ file, text }) => parseDocument(file, text));
  const transcripts = documents.filter((d) => d.removed.some((r) => r.category === 'speaker label'));

  it('are recognised: the press calls and press conferences', () => {
    if (documents.length === 0) return;
    expect(transcripts.map((d) => d.file).every((f) => /press-call|press-conference/.test(f))).toBe(true);
    expect(transcripts.length).toBeGreaterThanOrEqual(5);
  });

  it('have no furniture in any passage and no sections made of it', () => {
    for (const document of transcripts) {
      for (const passage of document.passages) {
        expect(passage.text, passage.id).not.toMatch(/(^|\n)(Q|[A-Z][A-Z.]+( [A-Z][A-Z.-]+)*):?\s|\((As interpreted|Laughter|Cross-talk)\.\)|\d:\d\d [AP]\.M\./);
        expect(passage.speaker, passage.id).toEqual(expect.any(String));
      }
      expect(document.sections, document.file).toEqual([]);
    }
  });

  it('name the speakers a citation prints', () => {
    const remarks = transcripts.find((d) => d.file.startsWith('2024-04-10-remarks'));
    if (!remarks) return;
    expect(new Set(remarks.passages.map((p) => p.speaker))).toEqual(new Set(['President Biden', 'Prime Minister Kishida', 'Ms. Jean-Pierre', 'Question']));
  });
});

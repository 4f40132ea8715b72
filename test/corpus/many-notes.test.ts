import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { notesFor } from '../../src/corpus/parse-document.js';
import { manyNotesDocument } from './many-notes.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const corpus = loadCorpus(dir);
  for (const name of Object.keys(files)) rmSync(join(dir, name));
  return corpus;
}

const FRONT = '---\ntitle: Bracketed Years\nauthors: [Ada Author]\npublished: 2024\nkind: essay\n---\n';
const SENTENCE = 'This sentence is part of the body of a paper about export controls and alliances. ';

describe('footnotes of any number', () => {
  it('attaches every one of 10,000 notes to its marker, none read as body text', () => {
    const corpus = load({ 'many.md': manyNotesDocument(10_000) });
    expect(corpus.problems).toEqual([]);
    const [document] = corpus.documents;
    expect(Object.keys(document!.notes)).toHaveLength(10_000);
    expect(document!.notes['10000']?.text).toContain('Round 10000 readout');
    const cited = new Set(document!.passages.flatMap((passage) => passage.noteIds));
    expect(cited.size).toBe(10_000);
    expect(document!.unresolvedMarkers).toEqual([]);
    expect(document!.passages.filter((passage) => passage.text.includes('readout'))).toEqual([]);
    const last = document!.passages.find((passage) => passage.noteIds.includes('9999'))!;
    expect(notesFor(document!, last.text).map((note) => note.id)).toContain('9999');
  });

  it('keeps a bracketed year as text, in a sentence or opening a line, when no note of that number runs on from the others', () => {
    const text = `${FRONT}Overview\n\n${SENTENCE.repeat(3)}The ruling [2023] stands.[1]\n\n[2024] was a year of ${SENTENCE.repeat(2)}\n\n[1] A source, 2023.\n`;
    const [document] = load({ 'years.md': text }).documents;
    expect(Object.keys(document!.notes)).toEqual(['1']);
    expect(document!.passages.flatMap((passage) => passage.noteIds)).toEqual(['1']);
    expect(document!.passages.map((passage) => passage.text).join(' ')).toContain('The ruling [2023] stands.[1]');
    expect(document!.passages.map((passage) => passage.text).join(' ')).toContain('[2024] was a year of');
  });

  it('reads notes 999 → 1001 as one numbering, and their markers as markers', () => {
    const notes = Array.from({ length: 1001 }, (_, i) => `[${i + 1}] Source ${i + 1}.`).join('\n');
    const text = `${FRONT}Overview\n\n${SENTENCE.repeat(3)}It was said.[999] And again.[1000] And once more.[1001]\n\nNotes\n${notes}\n`;
    const [document] = load({ 'thousand.md': text }).documents;
    expect(document!.notes['1001']?.text).toBe('Source 1001.');
    expect(document!.passages.flatMap((passage) => passage.noteIds)).toEqual(['999', '1000', '1001']);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadCorpus } from '../../src/corpus/load.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-missing-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A paper whose body cites notes 1 and 2, and whose notes list has only note 1. */
function paper(extraFrontMatter: string): string {
  return `---
title: Notes With A Gap
authors: [Ada Author]
published: 2024-05
${extraFrontMatter}kind: essay
---
Heading

${'This sentence is the body of a paper about export controls. '.repeat(6)}The first claim cites a source.[1] The second claim cites another.[2]

Endnotes
[1] A report on export controls, 2023.
`;
}

function load(name: string, text: string) {
  writeFileSync(join(dir, name), text);
  const corpus = loadCorpus(dir);
  rmSync(join(dir, name));
  return corpus;
}

describe('a footnote marker without its note', () => {
  it('is warned about, with the way to record a gap the source itself has', () => {
    const corpus = load('gap.md', paper(''));
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.problems.map(formatProblem)).toEqual([
      "gap.md: footnote marker 2 has no note in the text, so answers quote that passage without its source. If the paper has the note, add it to the file's notes; if the paper lacks it too, record that in the front matter (notes_missing: [2]) and this warning stops.",
    ]);
  });

  it('is not warned about once the front matter records that the source lacks it', () => {
    const corpus = load('recorded.md', paper('notes_missing: [2]\n'));
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents[0]?.meta.notesMissing).toEqual(['2']);
  });

  it('a recorded gap that is no longer one is warned about, so the record does not go stale', () => {
    const corpus = load('stale.md', paper('notes_missing: [1, 2]\n'));
    expect(corpus.problems.map((p) => p.message)).toEqual(['notes_missing lists 1, but the text has no marker 1 without its note: remove it from notes_missing']);
  });

  it('notes_missing that is not a list of note numbers skips the paper with the line', () => {
    const corpus = load('wrong.md', paper('notes_missing: [two]\n'));
    expect(corpus.documents).toEqual([]);
    expect(corpus.problems[0]).toMatchObject({ file: 'wrong.md', line: 5, severity: 'error' });
    expect(corpus.problems[0]?.message).toMatch(/notes_missing/);
  });
});

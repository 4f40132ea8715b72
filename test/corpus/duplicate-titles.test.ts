import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadCorpus } from '../../src/corpus/load.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-titles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paper = (title: string, extraLines = '') => `---
${extraLines}title: ${title}
authors: [Ada Author]
published: 2024
kind: essay
---
Overview

${'This sentence is the body of a paper about export controls and the alliance. '.repeat(5)}
`;

describe('two documents with one title', () => {
  it('both load, and the later is reported with its title line beside the first one’s', () => {
    writeFileSync(join(dir, 'a-first.md'), paper('Economic Security and the Alliance'));
    writeFileSync(join(dir, 'b-copy.md'), paper('Economic  security and the ALLIANCE', '# saved again\n'));
    writeFileSync(join(dir, 'c-other.md'), paper('Another Paper Entirely'));
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['a-first.md', 'b-copy.md', 'c-other.md']);
    expect(corpus.problems.map(formatProblem)).toEqual([
      'b-copy.md:3: has the same title as a-first.md:2 ("Economic Security and the Alliance"), so answers from the two are cited alike: give one a title that tells them apart, or remove the copy',
    ]);
  });
});

import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';

/**
 * Whatever a corpus file holds, the loader loads it or skips it with a reason that names the file
 * and its line, and never throws. Counts are bounded so this runs in seconds; that the splitting
 * is linear in the text is proven in sentences.test.ts.
 */

const dir = mkdtempSync(join(tmpdir(), 'briefbot-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FRONT = '---\ntitle: A Fuzzed Paper\nauthors: [Ada Author]\npublished: 2024-05\nkind: essay\n---\n';
const SENTENCE = 'The ministers met in Tokyo on November 14, 2023 to discuss export controls and chips. ';

let tried = 0;

/** Load the files in one folder; every file must be loaded, or skipped for a stated reason at a line. */
function expectLoadedOrSkipped(files: readonly (string | Uint8Array)[]): void {
  const names = files.map((_, i) => `doc-${String(i).padStart(3, '0')}.md`);
  files.forEach((content, i) => writeFileSync(join(dir, names[i]!), content));
  try {
    const corpus = loadCorpus(dir);
    tried += files.length;
    for (const name of names) {
      const loaded = corpus.documents.some((document) => document.file === name);
      const errors = corpus.problems.filter((problem) => problem.file === name && problem.severity === 'error');
      expect(loaded ? 0 : 1, `${name}: loaded once or skipped once`).toBe(errors.length);
      for (const error of errors) {
        expect(error.message.length, name).toBeGreaterThan(10);
        // A file that is not UTF-8 text has no lines to point at; every other reason has one.
        if (!error.message.startsWith('not valid UTF-8')) expect(error.line, `${name}: ${error.message}`).toBeGreaterThanOrEqual(1);
      }
    }
  } finally {
    for (const name of names) rmSync(join(dir, name), { force: true });
  }
}

const WRONG_VALUES = [
  '42', '-1.5', '0x1F', '.inf', '[]', '[1, 2]', '[[nested, [list]]]', '{a: 1}', '{}', 'null', '~', '', 'true', 'false', '""', '"   "',
  '2023-13-45', '2023-02-29', '0000', '!!binary aGVsbG8=', '&anchor [*anchor]', '*no_such_anchor', '|\n  block text', '? complex\n: key',
  '[a, b, c, d, e, f, g, h, i, j]', `"${'x'.repeat(5000)}"`,
];
const KEYS = ['title', 'authors', 'publisher', 'published', 'published_inferred', 'url', 'kind'];
const GOOD: Record<string, string> = {
  title: 'A Fuzzed Paper', authors: '[Ada Author]', publisher: 'A Publisher', published: '2024-05', published_inferred: 'false', url: 'https://example.org/paper', kind: 'essay',
};

function frontMatter(values: Record<string, string | undefined>): string {
  const lines = KEYS.flatMap((key) => (values[key] === undefined ? [] : [`${key}: ${values[key]}`]));
  return `---\n${lines.join('\n')}\n---\nOverview\n\n${SENTENCE.repeat(4)}\n`;
}

describe('the loader, fed anything', () => {
  it('loads or skips, with file and line, front matter with every wrong type in every field', () => {
    const documents: string[] = [];
    for (const key of KEYS) {
      documents.push(frontMatter({ ...GOOD, [key]: undefined }));
      for (const value of WRONG_VALUES) documents.push(frontMatter({ ...GOOD, [key]: value }));
    }
    documents.push('---\nbomb: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nBody.\n');
    documents.push('---\n- a list\n- not a mapping\n---\nBody.\n', '---\n"just a string"\n---\nBody.\n', '---\n---\nBody.\n', '---\n', '');
    for (let i = 0; i < documents.length; i += 50) expectLoadedOrSkipped(documents.slice(i, i + 50));
  });

  it('loads or skips random bytes and random Unicode, bare or under good front matter (property)', () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.string({ unit: 'binary', maxLength: 3000 }),
      fc.string({ unit: 'binary', maxLength: 3000 }).map((body) => FRONT + body),
      fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.concat([Buffer.from(FRONT), bytes])),
      fc.string({ unit: fc.constantFrom('-', '-', '\n', ':', ' ', 'a', '[', ']', '{', '}', '"', "'", '#', '&', '*', '!', '|', '>'), maxLength: 400 }).map((yaml) => `---\n${yaml}\n---\n${SENTENCE.repeat(3)}`),
    );
    fc.assert(fc.property(fc.array(content, { minLength: 1, maxLength: 12 }), (files) => expectLoadedOrSkipped(files)), { numRuns: 60 });
  });

  it('loads or skips huge lines and deeply nested Markdown', () => {
    const depth = 5000;
    const pieces = ['U.S.', 'Mr.', 'said.[12]', '¹²', '*emphasis*', '(', ')', '[', ']', '“', 'Photo', '/Pool', '=', '|', '2023', '.', 'Tokyo', '  '];
    const huge = Array.from({ length: 40_000 }, (_, i) => pieces[(i * 7) % pieces.length]).join(' ');
    expectLoadedOrSkipped([
      FRONT + huge,
      FRONT + `${SENTENCE}\n${huge.replace(/ /g, '')}\n`,
      FRONT + '('.repeat(200_000),
      FRONT + '*'.repeat(100_000) + 'x' + '*'.repeat(100_000),
      FRONT + '['.repeat(100_000) + '1' + ']'.repeat(100_000),
      FRONT + `${'> '.repeat(depth)}${SENTENCE}`,
      FRONT + Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${SENTENCE}`).join('\n'),
      FRONT + Array.from({ length: depth }, (_, i) => `${'#'.repeat((i % 6) + 1)} Heading ${i}`).join('\n'),
      FRONT + `${'['.repeat(depth)}${SENTENCE}${']('.repeat(depth)}https://example.org${')'.repeat(depth)}`,
      FRONT + Array.from({ length: depth }, () => '').join('\n') + SENTENCE,
      FRONT + `${SENTENCE}\n`.repeat(20_000),
    ]);
  });

  afterAll(() => {
    // The count for the report: how many documents the three tests tried.
    expect(tried).toBeGreaterThan(200);
  });
});

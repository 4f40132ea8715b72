import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/index.js';
import { addDocument } from '../../../src/knowledge/add/add-document.js';
import { AddError } from '../../../src/knowledge/add/types.js';
import { projectPath } from '../../../src/shared/paths.js';
import { makePdf } from '../../support/pdf.js';
import { briefbotRules } from '../../cli/run-cli.js';

const SHARED = projectPath('..', 'shared', 'corpora', 'whitehouse-japan');
const CAPTURE = join(SHARED, '2021-04-16-fact-sheet-u-s-japan-competitiveness-and-resilience-core-partnership.md');

let work: string;
let corpus: string;
let documents: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'briefbot-add-test-'));
  corpus = join(work, 'corpus');
  documents = join(corpus, 'documents');
  mkdirSync(documents, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const input = (name: string, content: string | Buffer): string => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};

/** What the corpus loader makes of the documents folder: the test of every written file. */
const loaded = () => loadCorpus(documents);

const PAGE = `<!doctype html><html><head><title>Chips and allies | Example Institute</title>
<meta name="citation_title" content="Chips and Allies: Export Controls in 2023">
<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, Richard">
<meta property="article:published_time" content="2023-05-02T10:00:00+09:00">
<meta property="og:site_name" content="Example Institute"><meta property="og:url" content="https://example.org/chips-allies/">
</head><body><nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/donate">Donate</a></nav>
<article><h1>Chips and Allies</h1><p>The United States and Japan
coordinated export controls on advanced semiconductors in 2023, after a year of talks between
the two governments and the Netherlands.</p>
<h2>Background</h2><p>In October 2022 the Commerce Department announced <em>sweeping</em> controls
on chips and the tools that make them, and asked its allies to follow.</p>
<ul><li>First, lithography equipment.</li><li>Second, <b>advanced chips</b> for supercomputers.</li></ul></article>
<footer>Cookie policy. Subscribe to our newsletter.</footer></body></html>`;

const REPORT = {
  info: { Title: 'Semiconductor Supply Chains in the Indo-Pacific', Author: 'Jane Smith; Kenji Tanaka', CreationDate: 'D:20240312101010Z' },
  title: 'Semiconductor Supply Chains',
  pages: [
    [
      ['The United States and Japan agreed to work together on semiconductor', 'supply chains in March 2024, building on the work of the previous', 'two years.'],
      ['Export controls on advanced chips were tightened in October 2022 by', 'the Commerce Department, and Japan followed in 2023.'],
    ],
    [['Rapidus, the new foundry in Hokkaido, received large subsidies from', 'the Japanese government to make two-nanometre chips.']],
  ],
};

describe('briefbot add', () => {
  it.runIf(existsSync(CAPTURE))('adds a web capture as it is, its front matter read into the project form', async () => {
    const result = await addDocument(CAPTURE, { corpusDir: corpus });
    expect(result.path).toBe(join(documents, 'bidenwhitehouse-2021-us-japan-competitiveness-resilience-core.md'));
    const { documents: docs, problems } = loaded();
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.meta).toMatchObject({ title: 'Fact Sheet: U.S.-Japan Competitiveness and Resilience (CoRe) Partnership', authors: ['bidenwhitehouse.archives.gov'], publisher: null, published: '2021-04-16' });
    expect(docs[0]!.meta.url).toContain('fact-sheet-u-s-japan-competitiveness-and-resilience-core-partnership');
    // The body is the capture's, word for word.
    const body = readFileSync(CAPTURE, 'utf8').split('\n---\n').slice(1).join('\n---\n').trim();
    expect(readFileSync(result.path, 'utf8')).toContain(body);
    expect(result.check.join('\n')).toContain('no author is named');
  });

  it.runIf(existsSync(CAPTURE))('refuses the same document twice, by its text or by its URL, naming the one already there', async () => {
    const first = await addDocument(CAPTURE, { corpusDir: corpus });
    const [, frontMatter, body] = readFileSync(CAPTURE, 'utf8').split(/^---$/m);
    // The same text wrapped differently, under another front matter naming no URL.
    const rewrapped = `---\ntitle: Again\nauthors: [Someone]\npublished: 2021\nkind: copy\n---\n${body!.replace(/\n(?=[a-z])/g, ' ')}`;
    expect(frontMatter).toContain('source_url');
    await expect(addDocument(input('again.md', rewrapped), { corpusDir: corpus })).rejects.toThrow(`already in the corpus as ${first.path} (the same text)`);
    const sameUrl = readFileSync(CAPTURE, 'utf8').replace(/The United States and Japan pledge/, 'Both countries pledge');
    await expect(addDocument(input('edited.md', sameUrl), { corpusDir: corpus })).rejects.toThrow(/\(the same URL/);
    expect(readdirSync(documents)).toEqual([first.path.split('/').at(-1)]);
  });

  it('reads a web page through its meta tags and Readability: paragraphs kept, menus and footer left out', async () => {
    const result = await addDocument(input('chips.html', PAGE), { corpusDir: corpus });
    expect(result.path.endsWith('doe-2023-chips-allies-export-controls-2023.md')).toBe(true);
    const [document] = loaded().documents;
    expect(document!.meta).toMatchObject({ title: 'Chips and Allies: Export Controls in 2023', authors: ['Jane Doe', 'Richard Roe'], publisher: 'Example Institute', published: '2023-05-02', url: 'https://example.org/chips-allies/', kind: 'paper' });
    const text = readFileSync(result.path, 'utf8');
    // A paragraph the HTML wrapped over three lines is one line, followed by a blank line.
    expect(text).toContain('The United States and Japan coordinated export controls on advanced semiconductors in 2023, after a year of talks between the two governments and the Netherlands.\n\n');
    expect(text).toContain('## Background');
    expect(text).toContain('- Second, advanced chips for supercomputers.');
    expect(text).not.toMatch(/Cookie|Donate|About us/);
    expect(result.inferred).toContain('authors: ["Jane Doe","Richard Roe"] (from meta citation_author)');
  });

  it('reads a text PDF: its info dictionary, and paragraphs rebuilt from the lines, across a page break', async () => {
    const result = await addDocument(input('report.pdf', makePdf(REPORT)), { corpusDir: corpus });
    expect(result.path.endsWith('smith-2024-semiconductor-supply-chains-indo-pacific.md')).toBe(true);
    const [document] = loaded().documents;
    expect(document!.meta).toMatchObject({ title: 'Semiconductor Supply Chains in the Indo-Pacific', authors: ['Jane Smith', 'Kenji Tanaka'], published: '2024-03-12', kind: 'report' });
    const paragraphs = readFileSync(result.path, 'utf8').split('\n---\n')[1]!.trim().split('\n\n');
    expect(paragraphs).toEqual([
      'Semiconductor Supply Chains',
      'The United States and Japan agreed to work together on semiconductor supply chains in March 2024, building on the work of the previous two years.',
      'Export controls on advanced chips were tightened in October 2022 by the Commerce Department, and Japan followed in 2023.',
      'Rapidus, the new foundry in Hokkaido, received large subsidies from the Japanese government to make two-nanometre chips.',
    ]);
    expect(result.check.join('\n')).toContain('when the PDF was made');
  });

  it('what is typed wins over what the file says; --dry-run writes nothing', async () => {
    const path = input('notes.txt', 'Economic security notes\n\nJapan passed its Economic Security Promotion Act in May 2022, covering supply chains and critical infrastructure.\n');
    const result = await addDocument(path, { corpusDir: corpus, title: 'Notes on the ESPA', authors: ['Aiko Sato'], date: '2022-06', kind: 'memo', dryRun: true });
    expect(result.written).toBe(false);
    expect(result.path).toBe(join(documents, 'sato-2022-notes-espa.md'));
    expect(result.text).toContain('title: Notes on the ESPA\nauthors:\n  - Aiko Sato\n');
    expect(result.text).toContain('published: 2022-06\n');
    expect(readdirSync(documents)).toEqual([]);
  });

  it('a text with no date names the flag that gives one (exit code 2)', async () => {
    const path = input('undated.txt', 'A note\n\nSome text about supply chains and nothing else.\n');
    const error = await addDocument(path, { corpusDir: corpus, authors: ['A. Person'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddError);
    expect((error as AddError).message).toBe(`${path}: no date found in the file: give one with --date YYYY[-MM[-DD]]`);
    expect((error as AddError).code).toBe(2);
  });

  it.each([
    ['a missing file', () => join(work, 'nowhere.pdf'), 1, 'nowhere.pdf: file not found'],
    ['an unknown extension', () => input('paper.docx', 'x'), 2, 'paper.docx: cannot add a ".docx" file'],
    ['a PDF with no text layer', () => input('scan.pdf', makePdf({ pages: [[]] })), 1, 'scan.pdf: the PDF has no text layer (a scan?): run it through OCR first'],
    ['a file that is not a PDF', () => input('broken.pdf', 'not a pdf at all'), 1, 'broken.pdf: not a readable PDF'],
    ['HTML with no article in it', () => input('empty.html', '<html><head><title>Login</title></head><body><form><input name="user"></form></body></html>'), 1, 'empty.html: no readable article text found in the HTML'],
    ['a file that is not UTF-8', () => input('latin1.html', Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0xe8, 0x3c, 0x2f, 0x70, 0x3e])), 1, 'latin1.html: not UTF-8 text'],
  ])('%s: a clear message naming the file, and nothing written', async (_, make, code, message) => {
    const path = make();
    const error = await addDocument(path, { corpusDir: corpus }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddError);
    expect((error as AddError).message).toContain(message);
    expect((error as AddError).code).toBe(code);
    expect(readdirSync(documents)).toEqual([]);
  });
});

describe('briefbot add on the command line', () => {
  it('prints what it inferred and what to check, then refuses the same file again (exit 1)', async () => {
    const path = input('report.pdf', makePdf(REPORT));
    const first = await briefbotRules(['add', path, '--corpus', corpus]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Added .*smith-2024-semiconductor-supply-chains-indo-pacific\.md: \d+ passages?\n/);
    expect(first.stdout).toContain('From the file:\n  title: "Semiconductor Supply Chains in the Indo-Pacific" (from PDF info Title)');
    expect(first.stdout).toContain('Check:\n  - the date 2024-03-12 is when the PDF was made');
    const again = await briefbotRules(['add', path, '--corpus', corpus]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('smith-2024-semiconductor-supply-chains-indo-pacific.md (the same text); nothing was written');
  });

  it.each([
    [['add'], 'add needs a file'],
    [['add', 'paper.doc'], 'cannot add "paper.doc"'],
    [['add', 'a.md', 'b.md', '--title', 'One'], '--title describe one document'],
    [['add', 'a.md', '--date', '2023-02-30'], '--date must be a real date'],
  ])('%j is a usage error (exit 2) before any file is read', async (args, message) => {
    const run = await briefbotRules([...args, '--corpus', corpus]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadCorpus } from '../../src/corpus/load.js';

const GOOD = `---
title: A Good Paper
authors: [Ada Author]
published: 2024-05
kind: essay
---
Heading

${'This sentence is the body of a good paper about export controls. '.repeat(6)}
`;

const madeFolders: string[] = [];
afterEach(() => {
  for (const dir of madeFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function corpusOf(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-corpus-'));
  madeFolders.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('a malformed document', () => {
  it('is reported with its file, line and reason, and skipped; the rest load', () => {
    const dir = corpusOf({
      'good.md': GOOD,
      'no-front-matter.md': 'Just text, no front matter.\n',
      'unclosed.md': '---\ntitle: x\n',
      'bad-yaml.md': '---\ntitle: [unclosed\nauthors: [A]\n---\nBody text.\n',
      'bad-date.md': '---\ntitle: T\nauthors: [A]\npublished: March 2024\nkind: essay\n---\nBody.\n',
      'unknown-field.md': '---\ntitle: T\nauthors: [A]\npublished: 2024\nkind: essay\nsubtitle: extra\n---\nBody.\n',
      'no-authors.md': '---\ntitle: T\nauthors: []\npublished: 2024\nkind: essay\n---\nBody.\n',
      'empty-body.md': '---\ntitle: T\nauthors: [A]\npublished: 2024\nkind: essay\n---\n\n  \n',
      'latin1.md': Buffer.concat([Buffer.from(GOOD.slice(0, 60)), Buffer.from([0xe9, 0xff]), Buffer.from(GOOD.slice(60))]),
      'notes.txt': 'not a document: ignored',
    });
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.md']);
    const problems = Object.fromEntries(corpus.problems.map((p) => [p.file, formatProblem(p)]));
    expect(problems['no-front-matter.md']).toBe('no-front-matter.md:1: skipped, missing front matter: the file must start with a line "---"');
    expect(problems['unclosed.md']).toMatch(/^unclosed\.md:1: skipped, front matter is not closed/);
    expect(problems['bad-yaml.md']).toMatch(/^bad-yaml\.md:\d+: skipped, front matter is not valid YAML/);
    expect(problems['bad-date.md']).toBe('bad-date.md:4: skipped, front matter field "published": must be an ISO date as precise as the text supports: YYYY, YYYY-MM or YYYY-MM-DD');
    expect(problems['unknown-field.md']).toMatch(/^unknown-field\.md:1: skipped, front matter: unknown field\(s\) subtitle/);
    expect(problems['no-authors.md']).toMatch(/^no-authors\.md:3: skipped, front matter field "authors": must list at least one author/);
    expect(problems['empty-body.md']).toBe('empty-body.md:7: skipped, empty body: the document has no text after its front matter');
    expect(problems['latin1.md']).toBe('latin1.md: skipped, not valid UTF-8 text: save the file as UTF-8');
    expect(corpus.problems).toHaveLength(8);
  });

  it('a missing corpus folder is one clear problem, not a crash', () => {
    const corpus = loadCorpus('/nonexistent/briefbot/corpus');
    expect(corpus.documents).toEqual([]);
    expect(formatProblem(corpus.problems[0]!)).toContain('cannot read the corpus: folder not found');
  });

  it('a document dropped in gets the same cleaning (CRLF, BOM, running heads, notes)', () => {
    const text = `\uFEFF---\r\ntitle: New Paper\r\nauthors: [Ada Author]\r\npublished: 2024\r\nkind: report\r\n---\r\nNew Paper\r\nAda Author\r\nBackground\r\n${'The ministers met in Tokyo to discuss chips and export controls at length.¹ '.repeat(3)}and then\r\nRunning Head\r\n¹ Ministry of Things, "A Source," 2024.\r\ncontinued the talks the next day.\r\nRunning Head\r\n`;
    const corpus = loadCorpus(corpusOf({ 'new.md': text }));
    const [document] = corpus.documents;
    expect(document!.sections).toEqual(['Background']);
    expect(document!.passages).toHaveLength(1);
    expect(document!.passages[0]!.text).toMatch(/and then continued the talks the next day\.$/);
    expect(document!.notes['1']!.text).toBe('Ministry of Things, "A Source," 2024.');
    expect(document!.passages[0]!.noteIds).toEqual(['1']);
  });
});

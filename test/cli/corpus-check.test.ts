import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { briefbotRules } from './run-cli.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-check-'));
  folders.push(dir);
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

const FRONT = '---\ntitle: A Test Paper\nauthors: [Ada Author]\npublished: 2024-05\nkind: essay\n---\n';
const SENTENCE = 'The two governments agreed to coordinate export controls on advanced semiconductors and their tools.';

describe('briefbot corpus check', () => {
  it('reports every document of the corpus with its passages, sections, notes and removed lines', async () => {
    const run = await briefbotRules(['corpus', 'check']);
    expect(run.code).toBe(0);
    const reported = run.stdout.split('\n').filter((line) => /^\S+\.md: \d+ passages?, \d+ sections?, \d+ notes?, [\d,]+ words?$/.test(line));
    expect(reported.length).toBeGreaterThanOrEqual(5);
    expect(run.stdout).toMatch(/^tong-2022-configuring-us-japan-alliance\.md: .*\n {2}removed lines: .*note \d+/m);
    expect(run.stderr).toMatch(new RegExp(`${reported.length} documents checked: 0 would be skipped`));
  });

  it('warns about passages that start mid-sentence, and names them', async () => {
    // Paragraphs that begin in lower case, as text cut at its line ends does.
    const paragraphs = Array.from({ length: 8 }, (_, i) => `and so on, part ${i + 1}: ${SENTENCE} ${SENTENCE} ${SENTENCE}`);
    const run = await briefbotRules(['corpus', 'check', file('cut.md', `${FRONT}\n${paragraphs.join('\n\n')}\n`)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^cut\.md: \d+ passages/m);
    expect(run.stdout).toMatch(/passages starting mid-sentence: #1/);
    expect(run.stdout).toMatch(/warning: cut\.md: \d+ of \d+ passages start mid-sentence \(first: cut\.md#1\), so answers may quote half a sentence/);
  });

  it('says which files would be skipped and why, with exit code 1', async () => {
    const run = await briefbotRules(['corpus', 'check', file('bad.md', 'no front matter\n'), join(tmpdir(), 'briefbot-check-missing.md')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error: bad\.md:1: skipped, missing front matter/);
    expect(run.stdout).toMatch(/error: .*briefbot-check-missing\.md: skipped, file not found/);
  });

  it('takes only "check"', async () => {
    const run = await briefbotRules(['corpus', 'list']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/corpus takes "check".*not "list"/);
  });
});

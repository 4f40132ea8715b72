import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadCorpus } from '../../src/corpus/index.js';
import { projectPath } from '../../src/shared/paths.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const FRONT = '---\ntitle: A Test Paper\nauthors: [Ada Author]\npublished: 2024-05\nkind: essay\n---\n';
const SENTENCE = 'The two governments agreed to coordinate export controls on advanced semiconductors and their tools.';

describe("a document's shape", () => {
  it('is warned about at load when passages start mid-sentence; the document still loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-shape-'));
    folders.push(dir);
    const paragraphs = Array.from({ length: 8 }, (_, i) => `and so on, part ${i + 1}: ${SENTENCE} ${SENTENCE} ${SENTENCE}`);
    writeFileSync(join(dir, 'cut.md'), `${FRONT}\n${paragraphs.join('\n\n')}\n`);
    const corpus = loadCorpus(dir);
    expect(corpus.documents).toHaveLength(1);
    const warnings = corpus.problems.filter((problem) => problem.severity === 'warning').map(formatProblem);
    expect(warnings).toEqual([expect.stringMatching(/^cut\.md: \d+ of \d+ passages start mid-sentence \(first: cut\.md#1\), so answers may quote half a sentence; run `briefbot corpus check cut\.md`/)]);
  });

  // The five papers the bot shipped with load cleanly; a paper added later is judged by `corpus check`, not here.
  const SHIPPED = [
    'jacobs-2023-economic-security-coordination-update.md',
    'jacobs-2023-us-japan-supply-chain-coordination.md',
    'pryor-2025-us-japanese-economic-security-policies.md',
    'togashi-2024-us-japan-gap-economic-security.md',
    'tong-2022-configuring-us-japan-alliance.md',
  ];

  it('gives no warning on the shipped papers', () => {
    const corpus = loadCorpus(projectPath('corpus', 'documents'));
    expect(SHIPPED.every((file) => corpus.documents.some((document) => document.file === file))).toBe(true);
    expect(corpus.problems.filter((problem) => SHIPPED.includes(problem.file)).map(formatProblem)).toEqual([]);
  });
});

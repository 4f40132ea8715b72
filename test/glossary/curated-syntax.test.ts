import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCuratedGlossary } from '../../src/glossary/load-curated.js';
import { parseCuratedGlossary } from '../../src/glossary/parse-curated.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { fixturePath } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-glossary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a glossary entry broken by its YAML', () => {
  it('costs only itself: an unclosed quote never swallows the valid entry after it', () => {
    const curated = loadCuratedGlossary(fixturePath('curated', 'unclosed-quote.yaml'));
    expect(curated.entries.map((e) => [e.acronym, e.line])).toEqual([
      ['GDP', 2],
      ['USD', 6],
      ['G7', 8],
    ]);
    expect(curated.problems.map((p) => [p.file, p.line])).toEqual([
      ['unclosed-quote.yaml', 4],
      ['unclosed-quote.yaml', 10],
    ]);
    for (const problem of curated.problems) expect(problem.message).toMatch(/^entry skipped: not valid YAML: /);
  });

  it('is told once, by file and line, in a message that reads cleanly', () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(join(corpus, 'documents'), { recursive: true });
    writeFileSync(
      join(corpus, 'documents', 'paper.md'),
      `---\ntitle: A Paper\nauthors: [Ada Author]\npublished: 2024\nkind: essay\n---\nOverview\n\n${'The ministers discussed export controls and the alliance at length in Tokyo. '.repeat(4)}\n`,
    );
    writeFileSync(join(corpus, 'glossary.yaml'), readFileSync(fixturePath('curated', 'unclosed-quote.yaml')));
    const warnings: string[] = [];
    loadKnowledge(corpus, (line) => warnings.push(line));
    const yaml = warnings.filter((warning) => warning.includes('YAML'));
    expect(yaml).toHaveLength(2);
    expect(yaml[0]).toMatch(/^glossary\.yaml:4: entry skipped: not valid YAML: \S/);
    expect(yaml[1]).toMatch(/^glossary\.yaml:10: entry skipped: not valid YAML: \S/);
    for (const warning of warnings) expect(warning).not.toMatch(/skipped.*skipped/);
  });

  it('leaves a file that is not a plain list to be read whole, its shape reported', () => {
    expect(parseCuratedGlossary('acronym: GDP\nexpansion: gross domestic product\n', 'map.yaml').problems).toEqual([
      { file: 'map.yaml', line: 1, message: expect.stringMatching(/^file ignored: it must be a list of entries/) },
    ]);
    expect(parseCuratedGlossary('[{acronym: GDP, expansion: gross domestic product}]\n', 'flow.yaml').entries.map((e) => e.acronym)).toEqual(['GDP']);
    expect(parseCuratedGlossary('# header\n---\n- acronym: GDP\n  expansion: gross domestic product\n', 'start.yaml').entries.map((e) => [e.acronym, e.line])).toEqual([['GDP', 3]]);
  });
});

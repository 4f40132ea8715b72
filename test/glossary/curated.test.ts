import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/glossary/build.js';
import { parseCuratedGlossary } from '../../src/glossary/parse-curated.js';
import { loadCuratedGlossary } from '../../src/glossary/load-curated.js';
import { projectPath } from '../../src/shared/paths.js';
import { USED_NOT_DEFINED } from './gold.js';
import { fixturePath, realDocuments, realGlossary } from './support.js';

describe('the curated file', () => {
  it('corpus/glossary.yaml loads without a problem and every entry takes effect', () => {
    const curated = loadCuratedGlossary(projectPath('corpus', 'glossary.yaml'));
    expect(curated.problems).toEqual([]);
    expect(curated.entries.length).toBeGreaterThan(0);
    expect(realGlossary().problems).toEqual([]);
  });

  it('gives every acronym the papers leave unexplained an expansion', () => {
    for (const [acronym] of USED_NOT_DEFINED) {
      expect(realGlossary().byId.get(acronym)?.curated?.expansion, acronym).toBeTruthy();
    }
  });

  it('reports each malformed entry with file and line, and loads the rest', () => {
    const curated = loadCuratedGlossary(fixturePath('curated', 'mixed.yaml'));
    expect(curated.entries.map((e) => [e.acronym, e.line])).toEqual([
      ['GDP', 2],
      ['G7', 10],
      ['S&T', 14],
    ]);
    expect(curated.problems.map((p) => [p.file, p.line])).toEqual([
      ['mixed.yaml', 4],
      ['mixed.yaml', 5],
      ['mixed.yaml', 7],
      ['mixed.yaml', 9],
      ['mixed.yaml', 12],
    ]);
    const [missing, unknownField, quotedBoolean, empty, repeated] = curated.problems.map((p) => p.message);
    expect(missing).toContain('acronym is missing');
    expect(unknownField).toContain('expnasion');
    expect(quotedBoolean).toContain('hide must be true or false');
    expect(empty).toContain('says nothing');
    expect(repeated).toContain('repeats the entry on line 2');
  });

  it('skips an entry broken YAML cuts short, at the line where the entry starts', () => {
    const curated = loadCuratedGlossary(fixturePath('curated', 'syntax-error.yaml'));
    expect(curated.entries.map((e) => e.acronym)).toEqual(['GDP']);
    expect(curated.problems).toHaveLength(1);
    expect(curated.problems[0]).toMatchObject({ file: 'syntax-error.yaml', line: 3 });
    expect(curated.problems[0]!.message).toContain('not valid YAML');
  });

  it('says what shape the file must have when it is not a list', () => {
    const curated = loadCuratedGlossary(fixturePath('curated', 'not-a-list.yaml'));
    expect(curated.entries).toEqual([]);
    expect(curated.problems).toEqual([{ file: 'not-a-list.yaml', line: 1, message: expect.stringContaining('must be a list') }]);
  });

  it('treats a missing file or an empty one as no curated entries, the first with a problem', () => {
    expect(loadCuratedGlossary(fixturePath('curated', 'no-such-file.yaml')).problems[0]?.message).toContain('file not found');
    expect(parseCuratedGlossary('', 'empty.yaml')).toEqual({ entries: [], problems: [] });
    expect(parseCuratedGlossary('# only a comment\n', 'comment.yaml')).toEqual({ entries: [], problems: [] });
  });
});

describe('applying curated entries', () => {
  const hideFile = () => loadCuratedGlossary(fixturePath('curated', 'hide.yaml'));

  it('hides a whole acronym, or only the meaning an expansion names', () => {
    const glossary = buildGlossary(realDocuments(), hideFile().entries);
    expect(glossary.byId.has('AUKUS')).toBe(false);
    const apis = glossary.entries.filter((e) => e.acronym === 'API');
    // Togashi 2024 spells the Asia Pacific Initiative out in its disclaimer; the curated expansion joins that meaning.
    expect(apis.map((e) => [e.defined, e.definitions[0]?.place, e.curated?.expansion])).toEqual([[true, 'disclaimer', 'Asia Pacific Initiative']]);
  });

  it('reports a hide or a note that matches nothing, with its line', () => {
    const glossary = buildGlossary(realDocuments(), hideFile().entries);
    expect(glossary.problems.map((p) => [p.file, p.line])).toEqual([
      ['hide.yaml', 9],
      ['hide.yaml', 11],
    ]);
  });

  it('joins a note to the entry it names and an expansion to the unexplained acronym', () => {
    expect(realGlossary().byId.get('CoRe')?.curated?.note).toContain('Competitiveness and Resilience');
    expect(realGlossary().byId.get('US')?.curated).toMatchObject({ expansion: 'United States', file: 'glossary.yaml' });
    expect(realGlossary().byId.get('US')?.defined).toBe(false);
  });
});

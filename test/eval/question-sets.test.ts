import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDevSet, type DevQuestion } from '../../eval/dev-set.js';
import { normalizeForMatch } from '../../eval/match.js';
import { CORPUS_FOLDERS, QUESTION_SETS, questionSetPath } from '../../eval/sets.js';

const sets = QUESTION_SETS.map((set) => ({ ...set, questions: readDevSet(questionSetPath(set.name)) }));

/** A source file's paragraphs, as a reader sees them: blank-line blocks, wrapped lines joined. */
function paragraphs(path: string): string[] {
  const body = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split(/\n\s*\n/).map(normalizeForMatch);
}

describe('the question sets', () => {
  it('have at least 250 questions beside the first 90, about 15 % of them unanswerable', () => {
    const fresh = sets.filter((set) => set.name !== 'dev').flatMap((set) => set.questions);
    expect(fresh.length).toBeGreaterThanOrEqual(250);
    const share = fresh.filter((q) => q.style === 'none').length / fresh.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.25);
  });

  it('ask about at least 8 of the shared documents, with at least 60 questions', () => {
    const shared = sets.filter((set) => set.corpus !== 'shipped').flatMap((set) => set.questions.filter((q) => q.doc !== null));
    expect(shared.length).toBeGreaterThanOrEqual(60);
    expect(new Set(shared.map((q) => q.doc)).size).toBeGreaterThanOrEqual(8);
  });

  it('never ask the same question twice', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const q of sets.flatMap((set) => set.questions)) {
      const key = normalizeForMatch(q.q);
      if (seen.has(key)) twice.push(`${q.where} repeats ${seen.get(key)}`);
      else seen.set(key, q.where);
    }
    expect(twice).toEqual([]);
  });

  for (const set of sets) {
    const folder = CORPUS_FOLDERS[set.corpus];
    const present = existsSync(folder);
    if (!present) console.warn(`skipping the source check of question set ${set.name}: ${folder} not found`);
    it.skipIf(!present)(`${set.name}: every phrase is in its document, every answer in the phrase's paragraph`, () => {
      const problems: string[] = [];
      const cache = new Map<string, string[]>();
      for (const q of set.questions.filter((q): q is DevQuestion & { doc: string; phrase: string } => q.doc !== null)) {
        const path = join(folder, q.doc);
        if (!existsSync(path)) {
          problems.push(`${q.where}: no document ${q.doc} in ${folder}`);
          continue;
        }
        if (!cache.has(path)) cache.set(path, paragraphs(path));
        const paragraph = cache.get(path)!.find((text) => text.includes(normalizeForMatch(q.phrase)));
        if (paragraph === undefined) problems.push(`${q.where}: phrase not in ${q.doc}: ${q.phrase}`);
        else if (q.answer != null && !paragraph.includes(normalizeForMatch(q.answer))) problems.push(`${q.where}: answer not beside the phrase: ${q.answer}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QUESTION_STYLES, readDevSet } from '../../eval/dev-set.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-dev-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = { q: 'who chairs the EPCC', doc: 'a.md', phrase: 'the EPCC is chaired by', answer: 'chaired', style: 'fact' };
const NONE = { q: 'what is the capital of france', doc: null, phrase: null, answer: null, style: 'none' };

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('question set files', () => {
  it('read every style, with or without an answer, and say where each question is', () => {
    const lines = QUESTION_STYLES.map((style) => JSON.stringify(style === 'none' ? { ...NONE, style } : { ...GOOD, q: `q ${style}`, style }));
    const withoutAnswer = JSON.stringify({ q: 'epcc chair', doc: 'a.md', phrase: 'the EPCC is chaired by', style: 'keywords' });
    const path = write('good.jsonl', [...lines, '', withoutAnswer]);
    const questions = readDevSet(path);
    expect(questions.map((q) => q.style)).toEqual([...QUESTION_STYLES, 'keywords']);
    expect(questions.at(-1)!.where).toBe(`${path}:${QUESTION_STYLES.length + 2}`);
    expect(questions.at(-1)!.answer).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"q": ', /:2: not valid JSON/],
    ['an unknown style', JSON.stringify({ ...GOOD, style: 'riddle' }), /:2: field "style": /],
    ['a "none" question with a document', JSON.stringify({ ...NONE, doc: 'a.md' }), /:2: "none" questions have doc and phrase null/],
    ['an answerable question without a phrase', JSON.stringify({ ...GOOD, phrase: null }), /:2: "none" questions have doc and phrase null; the others have both/],
    ['a "none" question with an answer', JSON.stringify({ ...NONE, answer: 'Paris' }), /:2: a "none" question has no answer/],
    ['an empty question', JSON.stringify({ ...GOOD, q: '  ' }), /:2: field "q": /],
    ['an unknown field', JSON.stringify({ ...GOOD, source: 'x' }), /:2: .*source/],
  ])('reject %s, naming the file and line', (_name, bad, message) => {
    const path = write('bad.jsonl', [JSON.stringify(GOOD), bad]);
    expect(() => readDevSet(path)).toThrow(message);
    expect(() => readDevSet(path)).toThrow(path);
  });
});

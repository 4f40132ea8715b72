import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { projectPath } from '../../src/shared/paths.js';
import { excerptTokens, readPassage, readTokens, tokensBySentence } from '../../src/search/passage-reading.js';

/** The passages' texts of a corpus folder; none, with the reason printed, when the folder is absent. */
function passageTexts(folder: string): string[] {
  if (!existsSync(folder)) {
    console.warn(`skipping ${folder}: it is absent`);
    return [];
  }
  return loadCorpus(folder).documents.flatMap((document) => document.passages.map((passage) => passage.text));
}

const SHIPPED = projectPath('corpus', 'documents');
const WHITEHOUSE_JAPAN = projectPath('..', 'shared', 'corpora', 'whitehouse-japan');

/** What reading each sentence, and each excerpt, on its own gives: the one-pass reading must agree. */
function expectSameAsAlone(text: string): void {
  const passage = readPassage(text);
  passage.sentences.forEach((sentence, i) => {
    const [start] = passage.offsets[i]!;
    expect(passage.tokens[i]!.map((token) => ({ ...token, start: token.start - start, end: token.end - start }))).toEqual(readTokens(sentence));
  });
  for (let from = 0; from < passage.sentences.length; from++) {
    for (let to = from; to < Math.min(from + 3, passage.sentences.length); to++) {
      const excerpt = text.slice(passage.offsets[from]![0], passage.offsets[to]![1]);
      expect(excerptTokens(passage, excerpt, from, to)).toEqual(readTokens(excerpt));
    }
  }
}

describe('readPassage: one pass over the passage reads as each sentence alone', () => {
  it('on every passage of the shipped papers and of whitehouse-japan', () => {
    const texts = [...passageTexts(SHIPPED), ...passageTexts(WHITEHOUSE_JAPAN)];
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expectSameAsAlone(text);
    // The one pass is the rule, the sentence-by-sentence reading a safeguard.
    expect(texts.filter((text) => !readPassage(text).onePass)).toEqual([]);
  });

  it('on Japanese sentences, dotted acronyms, footnote markers and a paragraph break', () => {
    const texts = [
      '経済安全保障推進法は2022年に成立した。重要物資は11分野が指定された。',
      'The U.S. and Japan met in Tokyo. Mr. Kishida spoke.[12] The ESPA経済 rules followed.\n\nA new paragraph, bare',
      'Export controls (the "FDPR") apply. “Chips” are covered? Yes! 2+2 talks, R&D and G-20 follow…',
    ];
    for (const text of texts) {
      expectSameAsAlone(text);
      expect(readPassage(text).onePass).toBe(true);
    }
  });

  it('reads each sentence alone when a token lies outside the sentences given', () => {
    expect(tokensBySentence('alpha beta gamma', [[0, 5], [11, 16]])).toBeNull(); // "beta" lies between
    expect(tokensBySentence('alphabet', [[0, 5]])).toBeNull(); // across the end
    expect(tokensBySentence('alpha', [[-1, 4]])).toBeNull(); // a sentence not found in the text
    expect(tokensBySentence('alpha beta', [[0, 5], [6, 10]])?.map((tokens) => tokens.map((token) => token.raw))).toEqual([['alpha'], ['beta']]);
  });
});

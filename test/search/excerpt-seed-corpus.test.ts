import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/index.js';
import { ask } from '../../src/search/ask.js';
import { EXCERPT_MAX_CHARS } from '../../src/search/excerpt.js';
import { realKnowledge, SEED_DOCUMENTS } from '../support/corpus.js';
import { excerptRuns, expectVerbatim } from '../support/verbatim.js';

const knowledge = realKnowledge();
const PRYOR = 'pryor-2025-us-japanese-economic-security-policies.md';

/** The sentence of a seed paper that contains `words`, read from the paper itself. */
function seedSentence(file: string, words: string): string {
  const line = readFileSync(join(SEED_DOCUMENTS, file), 'utf8').split('\n').find((l) => l.includes(words));
  if (line === undefined) throw new Error(`${file} no longer says "${words}"`);
  return splitSentences(line).find((sentence) => sentence.includes(words))!;
}

describe('excerpts that answer, on the seed papers', () => {
  it('who blocked the Nippon Steel deal: the sentence naming who blocked it, not the one announcing the deal', () => {
    const answer = ask(knowledge, 'who blocked the Nippon Steel deal', 3);
    const top = answer.results[0]!;
    expect(top.citation.doc).toBe(PRYOR);
    expect(top.excerpt.text).toContain(seedSentence(PRYOR, 'blocked the merger'));
    expect(top.excerpt.text).not.toContain(seedSentence(PRYOR, 'announced a $14.1 billion deal'));
  });

  it('who … and when: the sentence with both, though the deal\'s sentence shares more words', () => {
    const top = ask(knowledge, 'nippon steel... who blocked it and when?', 1).results[0]!;
    expect(top.citation.doc).toBe(PRYOR);
    expect(top.excerpt.text).toContain(seedSentence(PRYOR, 'blocked the merger'));
  });

  it('keeps kind questions\' excerpts verbatim, whole sentences and within the length rule', () => {
    const questions = [
      'who blocked the Nippon Steel deal',
      'when did biden block the nippon steel merger',
      'how much was the nippon steel deal worth',
      'where was the second economic 2+2 held',
      'who represented METI at the second ministerial EPCC',
      'how many patents a year will japan keep secret',
    ];
    for (const question of questions) {
      for (const item of ask(knowledge, question, 3).results) {
        const sentences = splitSentences(item.hit.passage.text);
        expectVerbatim(item.hit.passage.text, item.excerpt.text);
        expect(item.excerpt.spans.map((span) => span.text).join('')).toBe(item.excerpt.text);
        const chosen = excerptRuns(item.excerpt.text).flatMap(splitSentences);
        expect(chosen.every((sentence) => sentences.includes(sentence))).toBe(true);
        if (chosen.length > 1) expect(item.excerpt.text.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/index.js';
import { ask, SearchIndex } from '../../src/search/index.js';
import { WrittenScripts } from '../../src/search/written-scripts.js';
import { realKnowledge } from '../support/corpus.js';

describe('the scripts a corpus is written in', () => {
  it('tells a term in a script no corpus term has from one it can read', () => {
    const english = new WrittenScripts();
    for (const term of ['jucip', 'semiconductor', '2023', 'ministerlevel']) english.add(term);
    for (const term of ['jucip', 'rapidus', '2030', 'h100', 'économie']) expect(english.foreign(term), term).toBe(false);
    for (const term of ['いつ', '始ま', 'что', 'такое', '반도체']) expect(english.foreign(term), term).toBe(true);
    // A corpus with some Japanese reads any Japanese word, though it never wrote that one.
    const both = new WrittenScripts();
    for (const term of ['jucip', '経済', 'いつ']) both.add(term);
    expect(both.foreign('半導')).toBe(false);
    expect(both.foreign('始ま')).toBe(false);
    expect(both.foreign('что')).toBe(true);
  });
});

describe('a question partly in a script the papers are not written in', () => {
  const knowledge = realKnowledge();

  it('is answered by its readable words, and still tells the rest as words no paper uses', () => {
    const plain = ask(knowledge, 'jucip', 3);
    for (const question of ['jucip いつ始まった', 'что такое jucip']) {
      const answer = ask(knowledge, question, 3);
      expect(answer.answer, question).toBe(plain.answer);
      expect(answer.answer, question).toBe('found');
      expect(answer.results[0]!.hit.coverage, question).toBe(1);
      // The question's length counts its readable words only: the confidence model weighs it.
      expect(answer.results[0]!.hit.questionTerms, question).toBe(plain.results[0]!.hit.questionTerms);
    }
    expect(ask(knowledge, 'jucip いつ始まった', 3).results[0]!.hit.unknownWords).toEqual(['いつ始まった']);
    expect(ask(knowledge, 'что такое jucip', 3).results[0]!.hit.unknownWords).toEqual(['что', 'такое']);
  });

  it('with no readable word, matches nothing rather than something', () => {
    const answer = ask(knowledge, 'いつ始まった', 3);
    expect(answer.answer).toBe('none');
    expect(answer.results).toEqual([]);
  });

  it('counts against a passage where the corpus is written in that script', () => {
    const paper = (file: string, text: string) => parseDocument(file, `---\ntitle: ${file}\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\n${text}\n`);
    const search = new SearchIndex([
      paper('a.md', 'JUCIP links Commerce and METI on chips. 経済安全保障の協力が進んだ。'),
      paper('b.md', 'The museum reopened its east wing with a show of woodblock prints.'),
      paper('c.md', 'A new ferry line links the two islands twice a day in summer.'),
    ]);
    const [hit] = search.find('jucip いつ始まった', 3);
    expect(hit!.passage.doc).toBe('a.md');
    expect(hit!.coverage).toBeLessThan(1);
    expect(hit!.unknownWords).toEqual(['いつ始まった']);
  });
});

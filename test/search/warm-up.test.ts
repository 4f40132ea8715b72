import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../src/corpus/index.js';
import { SearchIndex } from '../../src/search/index.js';
import { ask } from '../../src/search/ask.js';
import { loadWordNet } from '../../src/search/load-wordnet.js';
import { NameCounter } from '../../src/shared/text/corpus-names.js';

/** Looking up the corpus's commonest words ahead of questions (SearchIndex.warmUp). */
const PARAGRAPHS = [
  'The ministers met in Tokyo to discuss export controls on semiconductor equipment, and the ministers agreed to meet again in the spring.',
  'Officials said the subsidies for chip plants would continue, and the officials promised a report on supply chains before the summer.',
  'Shipbuilding yards asked for loans, and the banks agreed to lend at lower rates if the yards hired apprentices.',
];
const DOCUMENTS = PARAGRAPHS.map((paragraph, i) => parseDocument(`paper-${i}.md`, `---\ntitle: Paper ${i}\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\n${paragraph}\n`));
const QUESTIONS = ['when did the ministers meet', 'what did officials promise about chip subsidies', 'export controls', 'loans for shipbuilding yards', 'who hired apprentices'];

function answers(search: SearchIndex) {
  const documents = new Map(DOCUMENTS.map((document) => [document.file, document]));
  return QUESTIONS.map((question) => ask({ search, documents }, question, 3));
}

/** Warms until done; the number of calls it took. */
function warmFully(search: SearchIndex, step: number): number {
  let calls = 1;
  while (search.warmUp(step)) calls++;
  return calls;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('looking up the corpus words ahead of questions', () => {
  it('changes no answer', () => {
    const warmed = new SearchIndex(DOCUMENTS);
    warmFully(warmed, 10);
    expect(answers(warmed)).toEqual(answers(new SearchIndex(DOCUMENTS)));
  });

  it('looks the words up then, so that a question of words as the corpus writes them asks WordNet nothing', () => {
    const related = vi.spyOn(loadWordNet(), 'related');
    const cold = new SearchIndex(DOCUMENTS);
    cold.find('ministers agreed promised', 3);
    expect(related).toHaveBeenCalled();

    const warmed = new SearchIndex(DOCUMENTS);
    warmFully(warmed, 10);
    related.mockClear();
    warmed.find('ministers agreed promised', 3);
    expect(related).not.toHaveBeenCalled();
  });

  it('goes a step at a time, says when it has looked up every word, and then does nothing more', () => {
    const words = new NameCounter();
    for (const paragraph of PARAGRAPHS) words.add(paragraph);
    const count = [...words.words()].length;
    const search = new SearchIndex(DOCUMENTS);
    expect(warmFully(search, 5)).toBe(Math.ceil(count / 5));
    const related = vi.spyOn(loadWordNet(), 'related');
    expect(search.warmUp(5)).toBe(false);
    expect(related).not.toHaveBeenCalled();
  });
});

describe('the commonest words of a corpus', () => {
  it('come commonest first, as many as asked for', () => {
    const counter = new NameCounter();
    counter.add('We saw banks and banks and banks lend to yards.');
    expect(counter.commonest(2)).toEqual(['banks', 'and']);
    expect(counter.commonest(100)).toHaveLength([...counter.words()].length);
  });
});

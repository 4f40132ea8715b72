import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/index.js';
import { SearchIndex } from '../../src/search/index.js';
import { Initialisms } from '../../src/search/initialisms.js';

describe('the corpus names by their initials', () => {
  it('reads runs of capitalised words, small words inside them, and answers the commonest spelling', () => {
    const names = new Initialisms();
    names.add('The Inflation Reduction Act added credits. Later the Inflation Reduction Act was amended.');
    names.add("Japan's Information-technology Promotion Agency met the Department of Commerce, then the Department of Defense.");
    expect(names.nameFor('IRA')).toBe('Inflation Reduction Act');
    expect(names.nameFor('ipa')).toBe('Information-technology Promotion Agency');
    // With or without the small word: DC and DOC.
    expect(names.nameFor('DOC')).toBe('Department of Commerce');
    expect(names.nameFor('dc')).toBe('Department of Commerce');
    // A run ends at punctuation and never starts or ends on a small word.
    expect(names.nameFor('AL')).toBeNull();
    expect(names.nameFor('ODC')).toBeNull();
    // A number ends a name too.
    const numbered = new Initialisms();
    numbered.add('Section 232 Tariffs were raised.');
    expect(numbered.nameFor('ST')).toBeNull();
    // An ampersand joins a name as "and" does.
    const joined = new Initialisms();
    joined.add('The National Science & Technology Council met.');
    expect(joined.nameFor('NSTC')).toBeNull(); // four words at most
    expect(joined.nameFor('STC')).toBe('Science & Technology Council');
  });
});

describe('an acronym the papers never write', () => {
  const FILLER = 'Officials from both governments met again in the autumn to compare their notes on the programme and its budget for the coming years.';
  const paper = (file: string, text: string) => parseDocument(file, `---\ntitle: ${file}\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\n${text}\n`);
  const documents = [
    paper('a.md', `${FILLER} The Inflation Reduction Act gave tax credits for electric vehicles and their batteries. ${FILLER}`),
    paper('b.md', `${FILLER} Tax credits for research were extended by the treasury, which also reviewed vehicles. ${FILLER}`),
    // Passages without the question's words, so that those words are rare enough to search for.
    ...['Rice farmers planted early this year because the snow melted in March.', 'The museum reopened its east wing with a show of woodblock prints.', 'A new ferry line links the two islands twice a day in summer.'].map((text, i) => paper(`other-${i}.md`, text)),
  ];

  it('stands for the name its initials spell, typed in capitals or when no English word', () => {
    for (const question of ['IRA tax credits', 'what credits did the IRA give']) {
      const [top] = new SearchIndex(documents).find(question, 2);
      expect(top!.passage.doc).toBe('a.md');
      expect(top!.unknownWords).toEqual([]);
      const [without] = new SearchIndex(documents, { initialisms: false }).find(question, 2);
      expect(top!.coverage).toBeGreaterThan(without!.coverage);
    }
  });

  it('leaves an English word typed in lower case as the word', () => {
    // "ira" is an English word (WordNet: the Irish Republican Army), so typed so it is read as one.
    const [top] = new SearchIndex(documents).find('ira tax credits', 2);
    expect(top!.unknownWords).toEqual(['ira']);
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/index.js';
import { answerMentions, namesWrittenInside } from '../../src/search/answer-mentions.js';
import { terms } from '../../src/shared/text/search-terms.js';

/** The kinds a sentence holds for a question, read as excerpt.ts reads them: within its passage. */
function kindsIn(passage: string, sentence: string, question = ''): string[] {
  const given = new Set(terms(question));
  return [...answerMentions(sentence, namesWrittenInside(splitSentences(passage)), (term) => given.has(term))].sort();
}

const held = (sentence: string, question = '') => kindsIn(sentence, sentence, question);

describe('what a sentence holds', () => {
  it('tells dates: month names, years, a day after an abbreviated month, relative words', () => {
    expect(held('The committee met in November.')).toContain('date');
    expect(held('The law passed in 2022 after a long debate.')).toContain('date');
    expect(held('Talks resumed on Nov. 14 after a pause.')).toContain('date');
    expect(held('The plan was approved last year by the cabinet.')).toContain('date');
    expect(held('The ministers may meet to discuss chips.')).not.toContain('date');
  });

  it('tells figures from years, days and footnote markers', () => {
    expect(held('The deal was worth $14.1 billion.')).toContain('figure');
    expect(held('Exports fell by 45% after the sanctions.')).toContain('figure');
    expect(held('The order directs an immediate 100-day review.')).toContain('figure');
    expect(held('A dozen partners joined the framework.')).toContain('figure');
    expect(held('The committee met on November 14, 2023.[16]')).not.toContain('figure');
    expect(held('The G7 and the 2+2 dialogue discussed COVID-19 and 5G.')).not.toContain('figure');
    expect(held('The two nations will cooperate on research.')).not.toContain('figure');
  });

  it('tells actors by their names, and places by a preposition of place', () => {
    expect(held('Later that month, President Joe Biden blocked the merger.')).toContain('actor');
    expect(held('The meeting took place on the sidelines of the APEC meeting in San Francisco, California.')).toEqual(expect.arrayContaining(['actor', 'place']));
    expect(held('Support went to projects in American Rescue Plan funding streams.')).not.toContain('place');
    expect(held('Immediately after the announcement, political antennae went up.')).toEqual([]);
  });

  it('takes a sentence\'s first word for a name only when the passage writes it capitalised elsewhere, or it is an acronym', () => {
    const passage = 'Officials met in the capital. Biden blocked the merger. The decision surprised Biden aides.';
    expect(kindsIn(passage, 'Biden blocked the merger.')).toContain('actor');
    expect(kindsIn('Biden blocked the merger.', 'Biden blocked the merger.')).not.toContain('actor');
    expect(held('CFIUS passed the decision on.')).toContain('actor');
  });

  it('tells a sentence that says what a thing the question names is', () => {
    const introduced = 'The Japan-United States Commercial and Industrial Partnership (JUCIP) is the primary mechanism for chips.';
    expect(held(introduced, 'what is JUCIP')).toContain('definition');
    expect(held('Export controls are an essential tool of economic security.', 'what are export controls')).toContain('definition');
    // Another thing's acronym, or another thing described, says nothing of what was asked.
    expect(held('METI monitors foreign direct investment (FDI) using the FTFEA.', 'what is the FTFEA')).not.toContain('definition');
    expect(held('The committee is a forum for the ministers.', 'what is JUCIP')).not.toContain('definition');
  });

  it('counts only what the question does not give', () => {
    const sentence = 'In December 2023, U.S. Steel announced a deal to sell itself to Nippon Steel.';
    expect(held(sentence, 'who blocked the Nippon Steel deal')).not.toContain('actor');
    expect(held(sentence, 'who announced a deal')).toContain('actor');
    expect(held('The ministers met in 2023.', 'when in 2023 did the ministers meet')).not.toContain('date');
    expect(held('The ministers met in July 2023.', 'when in 2023 did the ministers meet')).toContain('date');
  });
});

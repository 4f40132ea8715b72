import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/index.js';
import { bestExcerpt, EXCERPT_MAX_CHARS } from '../../src/search/excerpt.js';
import { terms } from '../../src/shared/text/search-terms.js';
import { excerptRuns, expectVerbatim } from '../support/verbatim.js';

/**
 * An excerpt as ask() makes one, every matched term weighing the same: the sentence that shares
 * more of the question's words would win on words alone.
 */
function excerptFor(passage: string, question: string, weights: Record<string, number> = {}): string {
  const passageTerms = new Set(terms(passage));
  const matched = new Set(terms(question).filter((term) => passageTerms.has(term)));
  return bestExcerpt(passage, matched, (term) => weights[term] ?? 1, question).text;
}

/** Sentences long enough that the excerpt holds one only: the choice between them shows. */
const filler = (words: string) => `${words} ${'and this goes on at some length about the wider context of the story '.repeat(3).trim()}.`;

describe('excerpts that answer the question\'s kind', () => {
  const deal = filler('The steel merger deal was a major cross-border deal for the steel industry');
  const blocked = filler('President Joe Biden blocked the merger');

  it('who: the sentence with the actor, over one that only shares words', () => {
    const passage = `${deal} ${blocked}`;
    expect(excerptFor(passage, 'steel merger deal blocked')).toBe(deal);
    expect(excerptFor(passage, 'who blocked the steel merger deal')).toBe(blocked);
  });

  it('when: the sentence with the date', () => {
    const talks = filler('The supply chain talks covered supply chain resilience and chips');
    const dated = filler('The supply chain talks began in July 2022');
    const passage = `${talks} ${dated}`;
    expect(excerptFor(passage, 'supply chain talks chips resilience')).toBe(talks);
    expect(excerptFor(passage, 'when did the supply chain talks on chips and resilience begin')).toBe(dated);
  });

  it('how much: the sentence with the figure', () => {
    const fund = filler('The research fund supports research on critical technology and research security');
    const amount = filler('The research fund holds JPY 500 billion');
    const passage = `${fund} ${amount}`;
    expect(excerptFor(passage, 'research fund critical technology security')).toBe(fund);
    expect(excerptFor(passage, 'how big is the research fund for critical technology security')).toBe(amount);
  });

  it('where: the sentence with the place', () => {
    const meeting = filler('The second ministerial meeting of the economic dialogue was a ministerial meeting on economic security');
    const place = filler('The second meeting took place in San Francisco, California');
    const passage = `${meeting} ${place}`;
    expect(excerptFor(passage, 'second ministerial meeting economic dialogue security')).toBe(meeting);
    expect(excerptFor(passage, 'where was the second ministerial meeting of the economic dialogue on security')).toBe(place);
  });

  it('how many X: the sentence whose number counts X, over one whose only number counts something else', () => {
    const counted = filler('Six working groups would be set up');
    const other = filler('Each working group would set targets for the security initiative over a two-year effort');
    const passage = `${counted} ${other}`;
    // On words and kind alone the second wins: it holds more of the question and a figure ("two-year").
    expect(excerptFor(passage, 'what figure do working groups of the security initiative have')).toBe(other);
    expect(excerptFor(passage, 'how many working groups does the security initiative have')).toBe(counted);
    // Where no sentence counts them, any figure still answers.
    expect(excerptFor(`${filler('Some working groups were named')} ${other}`, 'how many working groups does the security initiative have')).toBe(other);
  });

  it('where: the sentence that tells the place of what the sentence before it names ("That meeting took place in …")', () => {
    const meeting = filler('The ministers held the second ministerial meeting of the economic dialogue on security');
    const place = 'That meeting took place in San Francisco, California.';
    const other = filler('The economic dialogue on security has met at the ministerial level twice');
    const passage = `${other} ${meeting} ${place}`;
    const excerpt = excerptFor(passage, 'where was the second ministerial meeting of the economic dialogue on security held');
    expect(excerpt).toContain(place);
    expect(excerpt).toContain(meeting);
  });

  it('who VERB: the actor\'s sentence that tells the act, over one that names someone else', () => {
    // A rarer word ("security") weighs more, as in the index: on words alone the first sentence wins.
    const joined = filler('The security committee was joined by Minister Taro Aso');
    const chaired = filler('It was chaired by Fumio Kishida, who led the committee');
    const passage = `${joined} ${chaired}`;
    const weights = { secur: 1.6 };
    expect(excerptFor(passage, 'security committee chaired', weights)).toBe(joined);
    expect(excerptFor(passage, 'who chaired the security committee', weights)).toBe(chaired);
  });

  it('does not count a name, date or figure the question itself gives', () => {
    // Were Nippon Steel counted, the sentence naming it would hold the actor and three of the question's words.
    const named = filler('Nippon Steel announced a deal');
    const passage = `${named} ${blocked}`;
    expect(excerptFor(passage, 'who blocked the Nippon Steel deal')).toBe(blocked);
  });

  it('a question that writes its own date checks it: the sentence telling that date, not another one', () => {
    const told = filler('The leaders met in Tokyo on May 23, 2022');
    const other = filler('In July 2022 the leaders agreed to meet in Tokyo again');
    const passage = `${told} ${other}`;
    expect(excerptFor(passage, 'when did the leaders meet in tokyo may 23 2022')).toBe(told);
  });

  it('still needs the question\'s words: a sentence with a date and nothing else is not chosen', () => {
    const talks = filler('The supply chain talks covered chips');
    const unrelated = filler('Elsewhere, the weather turned cold in December 2023');
    expect(excerptFor(`${talks} ${unrelated}`, 'when did the supply chain talks on chips happen')).toBe(talks);
  });

  it('stays verbatim, whole sentences in the passage\'s order, within the length rule, whatever the question', () => {
    const passage = 'In December 2023, U.S. Steel announced a $14.1 billion deal to sell itself to Nippon Steel.  Immediately after\nthe announcement, political antennae went up. Both sides hired lawyers. In January 2025, President Joe Biden blocked the merger.[16] The U.S. government (CFIUS) had reviewed it.';
    const sentences = splitSentences(passage);
    for (const question of ['who blocked the deal', 'when was the deal blocked', 'how much was the deal', 'where did antennae go up', 'steel deal', 'nippon steel merger blocked']) {
      const text = excerptFor(passage, question);
      // Sentences apart in the passage are joined by an ellipsis: each run between is cut from it.
      expectVerbatim(passage, text);
      expect(excerptRuns(text).flatMap(splitSentences).every((sentence) => sentences.includes(sentence))).toBe(true);
      if (splitSentences(text).length > 1) expect(text.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
    }
  });

  it('adds the sentence elsewhere in the passage that holds what the best one lacks, after an ellipsis', () => {
    const announced = 'In December 2023, U.S. Steel announced a deal to sell itself to Nippon Steel.';
    const blocked = 'In January 2025, President Joe Biden blocked the merger.';
    const passage = `${announced} Immediately after the announcement, political antennae went up. Both sides hired lawyers. ${blocked}`;
    expect(excerptFor(passage, 'nippon steel merger blocked')).toBe(`${announced} … ${blocked}`);
    // Next to each other, they are one run of the passage, grown as before.
    const together = excerptFor(`${announced} ${blocked} Both sides hired lawyers.`, 'nippon steel merger blocked');
    expect(together).toContain(`${announced} ${blocked}`);
    expect(together).not.toContain(' … ');
    // What the other sentence adds must weigh enough: a common word alone does not pull it in.
    expect(excerptFor(passage, 'nippon steel announced lawyers', { nippon: 4, steel: 4, announc: 4, lawyer: 0.5 })).not.toContain(' … ');
  });
});

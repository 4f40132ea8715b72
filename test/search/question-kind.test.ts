import { describe, expect, it } from 'vitest';
import { answerKinds, askedAct } from '../../src/search/question-kind.js';

describe('the kind of answer a question asks for', () => {
  it.each([
    ['who blocked the Nippon Steel deal', ['actor']],
    ['whose ministry runs the export controls', ['actor']],
    ['FTFEA - which ministry administers it?', ['actor']],
    ['when was the first epcc ministerial', ['date']],
    ['in what year was the NSC formed', ['date']],
    ['jucip いつ始まった', ['date']],
    ['how much public money went into semiconductors', ['figure']],
    ['how many cfius filings were there', ['figure']],
    ['how long was the supply chain review', ['figure']],
    ['roughly how dependent are chip equipment makers on china', ['figure']],
    ['what share of exports goes to china', ['figure']],
    ['where was the second economic 2+2 held', ['place']],
    ['which pacific island countries will the cable serve', ['place']],
    ['where and when was the second economic 2+2?', ['date', 'place']],
    ['cfius!!! nippon steel... who blocked it??? and when?!', ['actor', 'date']],
    ['what is jucip', ['definition']],
    ["what's the JWLC?", ['definition']],
    ['what are export controls', ['definition']],
    ['define economic security', ['definition']],
    ['FEFTA meaning', ['definition']],
  ])('%s → %j', (question, kinds) => {
    expect(answerKinds(question)).toEqual(kinds);
  });

  it.each([
    'how does the EU define economic security',
    'how did tokyo try to match washington',
    'what is JUCIP and what does it coordinate with the ministries of both sides',
    'export controls on chipmaking tools',
    'why did japan pass the economic security law',
    'which sectors must report their systems',
    'what did the state department announce',
  ])('asks for no kind in particular: %s', (question) => {
    expect(answerKinds(question)).toEqual([]);
  });
});

describe('the act a "who" question asks about', () => {
  it.each([
    ['who blocked the Nippon Steel deal', 'blocked'],
    ['who co-chaired the japanese side at the 15th jhlc', 'co-chaired'],
    ['who was japan\'s foreign minister', null],
    ['when did biden block the merger', null],
  ])('%s → %s', (question, act) => {
    expect(askedAct(question)).toBe(act);
  });
});

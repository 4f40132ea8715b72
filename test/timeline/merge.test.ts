import { describe, expect, it } from 'vitest';
import { withoutMarkers } from '../../src/corpus/footnote-markers.js';
import type { TimelineEvent } from '../../src/timeline/types.js';
import { DOCS } from './gold.js';
import { papersTimeline } from './support.js';

/** The same event told by several papers (or a paper and a note) is one event with several sources. */
const events = papersTimeline().events;
const eventTelling = (doc: string, phrase: string, date = ''): TimelineEvent => {
  // The sentence, and the date's own words within the phrase: a sentence may tell two events.
  const found = events.filter((e) => e.sources.some((s) => s.doc === doc && s.origin === 'text' && withoutMarkers(s.quote).includes(phrase) && phrase.includes(s.phrase) && s.date.startsWith(date)));
  expect(found, phrase).toHaveLength(1);
  return found[0]!;
};
const places = (event: TimelineEvent) => event.sources.map((s) => `${s.doc}${s.noteId ? ` note ${s.noteId}` : ` #${s.passage}`}`);

describe('one event, several tellings', () => {
  it('the second Economic 2+2 ministerial, 14 November 2023: Jacobs’s article, its month-only "November’s EPCC", and Pryor’s endnote 10', () => {
    const event = eventTelling(DOCS.JB, 'On November 14');
    expect(event).toMatchObject({ date: '2023-11-14', precision: 'day', kind: 'meeting', disagreement: null });
    expect(places(event)).toEqual([`${DOCS.JB} #4`, `${DOCS.JB} #7`, `${DOCS.PR} note 10`]);
    expect(eventTelling(DOCS.JB, 'Joint Statement from November\'s EPCC')).toBe(event);
  });

  it('the Kishida–Biden meeting of May 2022, told to the day by one paper and to the month by another', () => {
    const event = eventTelling(DOCS.JA, 'in Tokyo on May 23, 2022');
    expect(event.date).toBe('2022-05-23');
    expect(places(event)).toContain(`${DOCS.JB} #3`);
    expect(event.disagreement).toBeNull();
  });

  it('the Camp David summit of August 2023, in Jacobs and Togashi', () => {
    const event = eventTelling(DOCS.TO, 'Camp David Summit in August');
    expect(event).toMatchObject({ date: '2023-08', precision: 'month' });
    expect(places(event)).toEqual(expect.arrayContaining([`${DOCS.JA} #19`, `${DOCS.TO} #1`]));
  });

  it('keeps a cited note’s own date, but a source’s publication date is no disagreement: the 15th JHLC, 16 May 2023, note of 23 May', () => {
    const event = eventTelling(DOCS.JA, 'convened in Tokyo on May 16, 2023');
    expect(event.date).toBe('2023-05-16');
    expect(event.sources.map((s) => s.date)).toEqual(['2023-05-16', '2023-05-23']);
    expect(event.disagreement).toBeNull();
  });

  it('the October 2022 US chip controls are one event, told by Jacobs and three times by Togashi', () => {
    const event = eventTelling(DOCS.TO, 'In October 2022, the U.S. Department of Commerce effectively banned exports');
    expect(event).toMatchObject({ date: '2022-10', precision: 'month' });
    for (const [doc, phrase] of [
      [DOCS.JA, 'export controls that were released in October 2022'],
      [DOCS.TO, 'export control measures issued by the U.S. in October 2022'],
      [DOCS.TO, 'the October 2022 regulations on advanced semiconductor-related exports'],
    ] as const) expect(eventTelling(doc, phrase, '2022-10'), phrase).toBe(event);
  });

  it('the November 2021 JUCIP launch is one event: Raimondo "met … and announced", "DOC and METI first launched the group", "launched in 2021"', () => {
    const event = eventTelling(DOCS.JA, 'first launched the group in November 2021');
    expect(event).toMatchObject({ date: '2021-11', precision: 'month' });
    expect(eventTelling(DOCS.TG, 'When she visited Tokyo in November 2021')).toBe(event);
    expect(eventTelling(DOCS.PR, 'which was launched in 2021')).toBe(event);
  });

  it('a note that dates a month more finely does not change the date the prose gives', () => {
    const event = eventTelling(DOCS.JA, 'A January 2023 vice-ministerial meeting', '2023-01');
    expect(event).toMatchObject({ date: '2023-01', precision: 'month', disagreement: null });
    expect(event.sources.some((s) => s.noteId === '3' && s.date === '2023-01-13')).toBe(true);
  });

  it('merges a paper’s repeated mentions of one thing: the 2020 revision of the FTFEA', () => {
    const event = eventTelling(DOCS.TG, 'The Diet passed a significant revision of the FTFEA in 2020');
    expect(event.sources.filter((s) => s.origin === 'text')).toHaveLength(3);
  });

  it('does not merge different events of the same month', () => {
    const pairs: [string, string, string, string][] = [
      [DOCS.JB, 'party leadership election in September 2024', DOCS.JB, 'in the November 2024 US presidential election'],
      [DOCS.JB, 'On November 17, Prime Minister Kishida', DOCS.JB, 'In November, Prime Minister Kishida revealed'],
      [DOCS.JB, 'On November 17, Prime Minister Kishida', DOCS.JB, 'foreign ministers met on November 26 in Busan'],
      [DOCS.JB, 'Throughout November, senior Japanese officials', DOCS.JB, 'On November 14, US Secretary of State'],
      [DOCS.JB, 'a state visit at some point in 2024', DOCS.JB, 'in the November 2024 US presidential election'],
      [DOCS.JA, 'In March 2023, the Japanese government released', DOCS.TG, 'approved by the Cabinet on February 25'],
    ];
    for (const [docA, a, docB, b] of pairs) expect(eventTelling(docA, a), `${a} / ${b}`).not.toBe(eventTelling(docB, b));
  });

  it('does not merge two notes into an event of their own: notes date their sources', () => {
    for (const event of events.filter((e) => e.origin === 'note')) expect(event.sources).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { plainText } from '../../src/present/build.js';
import { timelineReply } from '../../src/present/timeline/events.js';
import { projectPath } from '../../src/shared/paths.js';
import { buildTimeline } from '../../src/timeline/build.js';
import type { TimelineEvent } from '../../src/timeline/types.js';
import { namesDiffer, sameHappening, whatHappened } from '../../src/timeline/what-happened.js';

/**
 * One event is one entry however many sentences or papers tell it, merged by what happened, on
 * two fixture commentaries about an invented partnership (test/fixtures/timeline/fisheries-*.md).
 */
const documents = loadCorpus(projectPath('test', 'fixtures', 'timeline')).documents.filter((d) => d.file.startsWith('fisheries-'));
const timeline = buildTimeline(documents);
const REVIEW = 'fisheries-review-2024-06-10.md';
const BRIEF = 'fisheries-brief-2024-07-01.md';
const eventOf = (doc: string, words: string, date: string): TimelineEvent => {
  const found = timeline.events.filter((e) => e.sources.some((s) => s.doc === doc && s.quote.includes(words) && s.date === date));
  expect(found, words).toHaveLength(1);
  return found[0]!;
};

describe('one event, told in other words', () => {
  it('a launch told to the day, to the month ("first set up the NFP") and to the year ("launched in 2024") is one event, dated to the day', () => {
    const launch = eventOf(REVIEW, 'launched the Northern Fisheries Partnership (NFP)', '2024-03-12');
    expect(launch).toMatchObject({ date: '2024-03-12', precision: 'day', disagreement: null });
    expect(eventOf(BRIEF, 'first set up the NFP', '2024-03')).toBe(launch);
    expect(eventOf(BRIEF, 'which was launched in 2024', '2024')).toBe(launch);
    expect(launch.sources.map((s) => s.doc).sort()).toEqual([BRIEF, BRIEF, REVIEW]);
  });

  it('does not merge another act of the same month: the tuna report', () => {
    const report = eventOf(REVIEW, 'published a report on tuna stocks', '2024-03');
    expect(report).not.toBe(eventOf(REVIEW, 'launched the Northern Fisheries Partnership (NFP)', '2024-03-12'));
  });

  it('two papers giving different days say so; the cited note’s publication date is kept but is no disagreement', () => {
    const council = eventOf(REVIEW, 'The NFP council first met on April 2, 2024', '2024-04-02');
    expect(eventOf(BRIEF, 'the NFP council first met on April 4, 2024', '2024-04-04')).toBe(council);
    expect(council.sources.map((s) => s.date).sort()).toEqual(['2024-04-02', '2024-04-04', '2024-04-09']);
    expect(council.disagreement).toMatch(/Sources disagree on the date: .*(?:2|4) Apr 2024.*(?:2|4) Apr 2024/);
    expect(council.disagreement).not.toMatch(/9 Apr|note/);
    const shown = plainText(timelineReply(timeline, { kind: 'topic', text: 'NFP council' }, [council], 'NFP council', 0));
    expect(shown).toMatch(/Apr 2024: .*\(sources disagree on the date\)/);
  });
});

describe('what happened', () => {
  const rare = () => true;
  it('the same act on the same named thing is one happening, whatever the other words', () => {
    const met = whatHappened('Commerce Secretary Gina Raimondo met with her counterpart and announced a “Japan-U.S. Commercial and Industrial Partnership (JUCIP).”');
    const launched = whatHappened('JUCIP has been a cornerstone of the dialogue since DOC and METI first launched the group in November 2021.');
    expect(sameHappening(met, launched, new Set(), rare)).toBe(true);
  });

  it('a shared word in passing is not: "since the COVID-19 outbreak … the COVAX AMC Summit" and "the next Global COVID-19 Summit"', () => {
    expect(namesDiffer('The COVAX AMC Summit', 'The next Global COVID-19 Summit in the first quarter')).toBe(true);
    expect(namesDiffer('The second meeting of the ministerial-level EPCC', 'The official Joint Statement from November’s EPCC')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/shared/paths.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { loadTeamEvents } from '../../src/timeline/team/load.js';
import { parseTeamEvents } from '../../src/timeline/team/parse.js';
import { DOCS } from './gold.js';
import { fixture, fullTimeline, papersTimeline, realDocuments } from './support.js';

/** corpus/events.yaml: the team's own items, checked when loaded like any corpus file. */
describe('events.yaml', () => {
  it('the real file loads with no problems, each item with a source link', () => {
    const { events, problems } = loadTeamEvents(projectPath('corpus', 'events.yaml'));
    expect(problems).toEqual([]);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.source).toMatch(/^https:\/\//);
  });

  it('reports each bad item with its file, line and the fix, skips it, and loads the rest', () => {
    const { events, problems } = loadTeamEvents(fixture('bad-events.yaml'));
    expect(events.map((e) => e.title)).toEqual(['Still loads']);
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['bad-events.yaml', 3], ['bad-events.yaml', 8], ['bad-events.yaml', 11], ['bad-events.yaml', 14], ['bad-events.yaml', 19], ['bad-events.yaml', 22],
    ]);
    const [badDay, misspelt, bareYear, noSource, badZone, noZone] = problems.map((p) => p.message);
    expect(badDay).toMatch(/"Not a real day".*2025-02-30.*not a real day.*YYYY-MM-DD/);
    expect(misspelt).toMatch(/unknown field "recurence" \(did you mean "recurrence"\?\)/);
    expect(bareYear).toMatch(/date "2025".*write YYYY-MM-DD/);
    expect(noSource).toMatch(/missing "source".*https:\/\//);
    expect(badZone).toMatch(/"Asia\/Tokio".*did you mean Asia\/Tokyo/);
    expect(noZone).toMatch(/a time \(09:00\) needs the zone/);
  });

  it('reports a file that is not YAML at the line of the error, and loads nothing from it', () => {
    const { events, problems } = loadTeamEvents(fixture('broken.yaml'));
    expect(events).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'broken.yaml', line: 3, severity: 'error' });
  });

  it('treats a missing file as no items, and a file that is not a list as an error', () => {
    expect(loadTeamEvents(fixture('no-such-file.yaml'))).toEqual({ events: [], problems: [] });
    expect(parseTeamEvents('title: one item, not a list\n', 'events.yaml').problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/must be a list/) });
    expect(parseTeamEvents('# only comments\n', 'events.yaml')).toEqual({ events: [], problems: [] });
  });

  it('keeps a time and its zone, and a month-precision date as a month', () => {
    const { events } = loadTeamEvents(fixture('good-events.yaml'));
    expect(events.find((e) => e.title === 'Tokyo morning call')).toMatchObject({ date: '2026-01-01', time: '08:00', timeZone: 'Asia/Tokyo', line: 11 });
    expect(events.find((e) => e.title === 'January comments window')).toMatchObject({ date: '2026-01', kind: 'deadline' });
  });

  it('puts team items on the timeline as the team’s, citing the file, line and link', () => {
    const event = fullTimeline().events.find((e) => e.origin === 'team')!;
    expect(event.sources[0]).toMatchObject({ origin: 'team', doc: 'events.yaml', line: 19, url: 'https://www.cao.go.jp/keizai_anzen_hosyo/' });
  });
});

describe('dates the papers count from another event', () => {
  it('leave "within nine months of the bill’s passage" unresolved while the passage date is unknown', () => {
    expect(papersTimeline().unresolved).toContainEqual(expect.objectContaining({ doc: DOCS.TG, phrase: 'Within nine months of the bill’s passage' }));
    expect(papersTimeline().events.some((e) => e.sources.some((s) => s.phrase.startsWith('Within nine months')))).toBe(false);
  });

  it('date it as a deadline once events.yaml gives the passage date: 11 May 2022 + 9 months', () => {
    const deadline = fullTimeline().events.find((e) => e.sources.some((s) => s.phrase === 'Within nine months of the bill’s passage'));
    expect(deadline).toMatchObject({ date: '2023-02-11', precision: 'day', kind: 'deadline', recurrence: 'none' });
    expect(fullTimeline().unresolved.some((u) => u.doc === DOCS.TG && u.phrase.startsWith('Within nine months'))).toBe(false);
  });

  it('only for the paper and phrase the item names', () => {
    const item = { ...loadTeamEvents(projectPath('corpus', 'events.yaml')).events[0]!, anchors: [{ doc: DOCS.PR, phrase: 'the bill’s passage' }] };
    const timeline = buildTimeline(realDocuments(), [item]);
    expect(timeline.unresolved.some((u) => u.phrase.startsWith('Within nine months'))).toBe(true);
  });
});

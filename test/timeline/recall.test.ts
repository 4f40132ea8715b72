import { describe, expect, it } from 'vitest';
import { withoutMarkers } from '../../src/corpus/footnote-markers.js';
import type { EventSource } from '../../src/timeline/types.js';
import { ACCEPTABLE, EXPECTED, NOT_EVENTS, NOTE_DATES, type GoldEvent } from './gold.js';
import { papersTimeline, realDocuments } from './support.js';

/** The extractor against the list made by reading the papers: what it misses, what it gets wrong. */
const timeline = papersTimeline();
const sources = timeline.events.flatMap((event) => event.sources);
const textSources = sources.filter((s) => s.origin === 'text');
const noteSources = sources.filter((s) => s.origin === 'note');

const tells = (gold: GoldEvent, source: EventSource) =>
  source.doc === gold.doc && withoutMarkers(source.quote).includes(gold.phrase) && source.date === gold.date && source.precision === gold.precision;
const describeSource = (s: EventSource) => `${s.doc}#${s.passage} ${s.date} (${s.precision}) [${s.phrase}] ${withoutMarkers(s.quote).slice(0, 80)}`;

describe('dated events in the papers', () => {
  it('the list is written in the papers’ own words', () => {
    const text = new Map(realDocuments().map((d) => [d.file, withoutMarkers(d.passages.map((p) => p.text).join('\n'))]));
    const absent = [...EXPECTED, ...ACCEPTABLE, ...NOT_EVENTS].filter((g) => !text.get(g.doc)?.includes(g.phrase));
    expect(absent).toEqual([]);
  });

  it('finds every event on the list, with the right date and precision (recall)', () => {
    const missed = EXPECTED.filter((gold) => !textSources.some((source) => tells(gold, source)));
    expect(missed).toEqual([]);
  });

  it('extracts nothing that is not a dated event (precision)', () => {
    // The list covers the papers it was read from: a paper added to corpus/ is checked by the invariants.
    const listed = new Set([...EXPECTED, ...ACCEPTABLE, ...NOT_EVENTS].map((gold) => gold.doc));
    const wrong = textSources.filter((source) => listed.has(source.doc) && ![...EXPECTED, ...ACCEPTABLE].some((gold) => tells(gold, source)));
    const precision = 1 - wrong.length / textSources.length;
    console.info(`timeline: ${textSources.length} dated mentions in the prose, ${wrong.length} wrong, precision ${(precision * 100).toFixed(1)}%`);
    expect(wrong.map(describeSource)).toEqual([]);
  });

  it('reads no event into statistics, states of affairs, spans or decades', () => {
    const misread = NOT_EVENTS.flatMap((bad) =>
      textSources.filter((s) => s.doc === bad.doc && withoutMarkers(s.quote).includes(bad.phrase) && bad.phrase.includes(s.phrase)),
    );
    expect(misread.map(describeSource)).toEqual([]);
  });

  it('finds every publication date in the notes and nothing else there', () => {
    const found = (g: (typeof NOTE_DATES)[number]) =>
      noteSources.some((s) => s.doc === g.doc && s.noteId === g.noteId && s.date === g.date && s.precision === g.precision);
    expect(NOTE_DATES.filter((g) => !found(g))).toEqual([]);
    const listed = new Set(NOTE_DATES.map((g) => g.doc));
    const extra = noteSources.filter((s) => listed.has(s.doc) && !NOTE_DATES.some((g) => s.doc === g.doc && s.noteId === g.noteId && s.date === g.date));
    expect(extra.map((s) => `${s.doc} note ${s.noteId}: ${s.date}`)).toEqual([]);
  });

  it('tells what kind of event each is', () => {
    const kindOf = (doc: string, phrase: string) => timeline.events.find((e) => e.sources.some((s) => s.doc === doc && withoutMarkers(s.quote).includes(phrase) && phrase.includes(s.phrase)))?.kind;
    expect(kindOf('jacobs-2023-us-japan-supply-chain-coordination.md', 'On November 14, US Secretary of State')).toBe('meeting');
    expect(kindOf('tong-2022-configuring-us-japan-alliance.md', 'was passed in 2018 to strengthen CFIUS oversight')).toBe('law');
    expect(kindOf('tong-2022-configuring-us-japan-alliance.md', 'starting in April 2024, Japan’s patent office')).toBe('deadline');
    expect(kindOf('tong-2022-configuring-us-japan-alliance.md', 'to less than 50 percent by 2025')).toBe('deadline');
    expect(kindOf('tong-2022-configuring-us-japan-alliance.md', 'In December 2021, Japan, the United States, and Australia agreed')).toBe('agreement');
    expect(kindOf('pryor-2025-us-japanese-economic-security-policies.md', 'published its own Economic Security Strategy in 2023')).toBe('publication');
    expect(noteSources.length).toBeGreaterThan(0);
    for (const event of timeline.events.filter((e) => e.origin === 'note')) expect(event.kind).toBe('publication');
  });

  it('keeps each quote verbatim: the sentence as it stands in its passage', () => {
    const documents = new Map(realDocuments().map((d) => [d.file, d]));
    const notQuoted = textSources.filter((s) => !documents.get(s.doc)?.passages[(s.passage ?? 0) - 1]?.text.includes(s.quote));
    expect(notQuoted.map(describeSource)).toEqual([]);
  });
});

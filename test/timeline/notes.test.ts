import { describe, expect, it } from 'vitest';
import { upcoming } from '../../src/timeline/upcoming.js';
import { DOCS } from './gold.js';
import { papersTimeline } from './support.js';

/** Dates in footnotes and endnotes are when the sources were published: kept, never anniversaries. */
const timeline = papersTimeline();
const noteOnly = timeline.events.filter((e) => e.origin === 'note');

describe('dates in notes', () => {
  it('are kept as publications, cited by their note and the passage that refers to it', () => {
    expect(noteOnly.length).toBeGreaterThan(30);
    for (const event of noteOnly) {
      expect(event).toMatchObject({ kind: 'publication', recurrence: 'none' });
      expect(event.sources[0]!.noteId).not.toBeNull();
    }
    const csis = noteOnly.find((e) => e.sources[0]!.doc === DOCS.JA && e.sources[0]!.noteId === '9')!;
    expect(csis).toMatchObject({ date: '2023-05-25', title: 'Key Differences Remain between US and Japanese Advanced Semiconductor Export Controls on China' });
    expect(csis.sources[0]!.passage).toBe(9);
  });

  it('are never offered as anniversaries or events, even on their own day', () => {
    for (const event of noteOnly.filter((e) => e.precision === 'day')) {
      const hits = upcoming(timeline, `${Number(event.date.slice(0, 4)) + 1}${event.date.slice(4)}`, 1).items;
      expect(hits.filter((item) => item.event === event)).toEqual([]);
    }
  });

  it('do not turn a merged event into a publication: the prose decides its kind and date', () => {
    const merged = timeline.events.filter((e) => e.origin === 'text' && e.sources.some((s) => s.origin === 'note'));
    expect(merged.length).toBeGreaterThan(5);
    for (const event of merged) expect(event.sources[0]!.origin).toBe('text');
  });
});

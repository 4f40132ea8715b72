import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { CorpusDocument } from '../../src/corpus/types.js';
import { compatible, parseIso, span } from '../../src/shared/time/calendar.js';
import { projectPath } from '../../src/shared/paths.js';
import { buildTimeline } from '../../src/timeline/build.js';
import type { EventSource, Timeline } from '../../src/timeline/types.js';
import { realDocuments } from './support.js';

/**
 * What holds of the timeline of any corpus, checked on corpus/ and on corpus/ with the shared
 * White House documents added: these hold whatever papers the team adds, so no count is pinned
 * here (per-document figures are pinned on test/fixtures/timeline/).
 */
const SHARED = projectPath('..', 'shared', 'corpora', 'whitehouse-japan');
const sharedPresent = existsSync(SHARED);
if (!sharedPresent) console.warn(`corpus-invariants: ${SHARED} is absent, so the timeline is checked on corpus/ alone`);

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }));

/** The years a telling may fall in, read from its words and its document's date alone. */
function yearSupported(source: EventSource, document: CorpusDocument): boolean {
  const year = Number(source.date.slice(0, 4));
  const published = parseIso(document.meta.published)!.year;
  const passage = document.passages.find((p) => p.index === source.passage)?.text ?? '';
  switch (source.yearInferred) {
    case null:
      return source.quote.includes(String(year)) || /\bwithin\b|\bafter\b|\bfollowing\b/.test(source.phrase);
    case 'anaphora':
      return passage.includes(String(year));
    case 'counted': {
      const ago = /^(\w+)\s+years?\s+ago$/i.exec(source.phrase);
      const span = ago ? (NUMBER_WORDS.get(ago[1]!.toLowerCase()) ?? Number(ago[1])) : 1;
      return Math.abs(year - published) <= span;
    }
    default:
      return Math.abs(year - published) <= 1;
  }
}

const aheadOfItsDocument = (source: EventSource, documents: Map<string, CorpusDocument>) => {
  const published = parseIso(documents.get(source.doc)?.meta.published ?? '');
  return published !== null && span(parseIso(source.date)!).first > span(published).last;
};

function checks(name: string, build: () => { timeline: Timeline; documents: CorpusDocument[] }) {
  describe(name, () => {
    const { timeline, documents } = build();
    const byFile = new Map(documents.map((d) => [d.file, d]));
    const textSources = timeline.events.flatMap((e) => e.sources).filter((s) => s.origin === 'text');

    it('dates no telling in a year its words and its document’s date do not support', () => {
      const unsupported = textSources.filter((s) => !yearSupported(s, byFile.get(s.doc)!));
      expect(unsupported.map((s) => `${s.doc}#${s.passage} ${s.date} [${s.phrase}] ${s.quote.slice(0, 80)}`)).toEqual([]);
    });

    it('puts each telling in one entry', () => {
      const key = (s: EventSource) => `${s.doc}#${s.passage ?? s.noteId}|${s.phrase}|${s.date}|${s.quote}`;
      const keys = timeline.events.flatMap((e) => e.sources.map(key));
      expect(keys.length - new Set(keys).size).toBe(0);
    });

    it('has no two entries whose tellings are the same sentence or the same title on compatible dates', () => {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const event of timeline.events.filter((e) => e.origin === 'text')) {
        const title = event.title.toLowerCase().replace(/\W+/g, ' ').trim();
        for (const [other, date] of seen) if (other === title && compatible(date, event.date)) twice.push(`${event.date} ${event.title}`);
        seen.set(title, event.date);
      }
      expect(twice).toEqual([]);
    });

    it('marks expected exactly the entries every telling dates after its own document, and offers them no anniversary', () => {
      for (const event of timeline.events.filter((e) => e.origin !== 'team')) {
        if (event.sources.every((s) => aheadOfItsDocument(s, byFile))) expect(event.expected, event.title).toBe(true);
        if (event.expected) expect(event.recurrence, event.title).toBe('none');
        if (event.sources.some((s) => !aheadOfItsDocument(s, byFile) && s.origin === 'note')) expect(event.expected, event.title).toBe(false);
      }
    });

    it('takes no event from an embargo notice, and never calls a note’s publication date a disagreement', () => {
      expect(textSources.filter((s) => /\bembargo(?:ed)?\s+(?:until|for)\b|\bunder\s+embargo\b/i.test(s.quote)).map((s) => s.quote)).toEqual([]);
      expect(timeline.events.filter((e) => e.disagreement !== null && /\bnote\b/.test(e.disagreement)).map((e) => e.disagreement)).toEqual([]);
    });
  });
}

checks('the timeline of corpus/', () => {
  const documents = realDocuments();
  return { timeline: buildTimeline(documents), documents };
});

describe.runIf(sharedPresent)('with the White House documents added as distractors', () => {
  checks('the timeline of corpus/ and whitehouse-japan', () => {
    // A White House document already copied into corpus/ is read once.
    const held = new Set(realDocuments().map((document) => document.file));
    const documents = [...realDocuments(), ...loadCorpus(SHARED).documents.filter((document) => !held.has(document.file))];
    return { timeline: buildTimeline(documents), documents };
  });
});

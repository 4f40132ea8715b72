import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { markerIds, withoutMarkers } from '../../src/corpus/footnote-markers.js';
import { countWords, splitSentences } from '../../src/corpus/sentences.js';
import { PASSAGE_MAX_WORDS, PASSAGE_MIN_WORDS } from '../../src/corpus/passages.js';
import { projectPath } from '../../src/shared/paths.js';

/**
 * The shipped corpus, whatever documents it holds: invariants over every document, and for the
 * documents with a fixture (test/fixtures/corpus/<file>.json) the figures pinned there, so a change
 * to cleaning shows up while adding a paper to corpus/documents breaks nothing.
 */
const folder = projectPath('corpus', 'documents');
const corpus = loadCorpus(folder);
const allPassages = corpus.documents.flatMap((d) => d.passages);

interface Fixture {
  passages: number;
  sections: string[];
  notes: number;
  unresolvedMarkers: string[];
  /** Phrases that must be found whole in one passage (sentences rejoined across a page break). */
  contains?: string[];
  /** Any one of each group must be found (the source's own variants). */
  containsAnyOf?: string[][];
  /** Note id → words the note must contain (a repaired numbering). */
  notesContain?: Record<string, string>;
}

function fixtureFor(file: string): Fixture | undefined {
  const path = projectPath('test', 'fixtures', 'corpus', file.replace(/\.md$/, '.json'));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Fixture) : undefined;
}

const pinned = corpus.documents.flatMap((document) => {
  const fixture = fixtureFor(document.file);
  return fixture ? [{ document, fixture }] : [];
});

// Page furniture of the pinned papers' pages, not their authors' text; none may survive cleaning.
const BOILERPLATE = [
  'Download this publication', 'Download US-Japan', 'Download Report PDF', 'Privacy Policy', 'Sitemap',
  'time4design', 'Custom WordPress', 'Connect with us', 'Our Partners', 'Economy & Tech', 'Index Index',
  'Photo provided by', '© Sankei', 'AP via Kyodo', 'REUTERS', 'Photo Credit', 'Working Paper',
  'Geoeconomic Briefing', 'Click here for the details', 'View Profile', 'List of Research', 'Researcher Profile',
  'Visiting Research Fellow', 'Mariko Togashi has been', 'Erik M. Jacobs joined', 'wrote in his own personal capacity',
  'Crystal Pryor is Managing Director', 'Views expressed in this article', 'Disclaimer:', '[Note] This article',
  'https://www.japantimes', 'Figure 1.', 'blue = unfavorable', 'Source: Pew', 'Non-Resident Scholar',
  'The US-Japan NEXT Alliance Initiative is a forum', 'Author: Erik', 'Endnotes', '***', 'Mr. Erik',
];

describe('the shipped corpus, any documents', () => {
  it('loads every file without a problem: a marker without its note is recorded in the front matter', () => {
    expect(corpus.documents).toHaveLength(readdirSync(folder).filter((f) => f.endsWith('.md')).length);
    expect(corpus.problems).toEqual([]);
    for (const document of corpus.documents) {
      expect(document.unresolvedMarkers.filter((id) => !document.meta.notesMissing.includes(id)), document.file).toEqual([]);
      const markers = new Set(document.passages.flatMap((p) => markerIds(p.text)));
      expect([...markers].filter((id) => document.notes[id] === undefined).sort(), document.file).toEqual([...document.meta.notesMissing].sort());
    }
  });

  it('makes passages of at most 180 words, a longer one being a single sentence', () => {
    for (const passage of allPassages) {
      if (countWords(passage.text) > PASSAGE_MAX_WORDS) expect(splitSentences(passage.text), passage.id).toHaveLength(1);
    }
  });

  it('has documents with fixtures: the five seed papers are pinned', () => {
    expect(pinned.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the pinned papers (test/fixtures/corpus)', () => {
  it.each(pinned.map((p) => [p.document.file, p] as const))('%s: passages, sections, notes and phrases as pinned', (_, { document, fixture }) => {
    expect(document.passages).toHaveLength(fixture.passages);
    expect(document.sections).toEqual(fixture.sections);
    expect(Object.keys(document.notes)).toHaveLength(fixture.notes);
    expect(document.unresolvedMarkers).toEqual(fixture.unresolvedMarkers);
    const text = document.passages.map((p) => p.text).join('\n');
    for (const phrase of fixture.contains ?? []) expect(text).toContain(phrase);
    for (const group of fixture.containsAnyOf ?? []) expect(group.some((phrase) => text.includes(phrase)), group.join(' | ')).toBe(true);
    for (const [id, words] of Object.entries(fixture.notesContain ?? {})) expect(document.notes[id]?.text, `note ${id}`).toContain(words);
  });

  it.each(BOILERPLATE)('leave no "%s" in any passage', (needle) => {
    const passages = pinned.flatMap(({ document }) => document.passages);
    expect(passages.filter((p) => p.text.includes(needle)).map((p) => p.id)).toEqual([]);
  });

  it('make passages of about 40–180 words that end on a whole sentence', () => {
    const passages = pinned.flatMap(({ document }) => document.passages);
    for (const passage of passages) {
      expect(countWords(passage.text), passage.id).toBeLessThanOrEqual(PASSAGE_MAX_WORDS);
      expect(withoutMarkers(passage.text).trim(), passage.id).toMatch(/[.?!:”"’)]$/);
    }
    const short = passages.filter((p) => countWords(p.text) < PASSAGE_MIN_WORDS);
    // A short passage is only ever the last of its section, with no room left in the one before.
    expect(short.length).toBeLessThanOrEqual(3);
  });
});

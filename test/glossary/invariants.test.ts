import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { CorpusDocument } from '../../src/corpus/types.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { loadCuratedGlossary } from '../../src/glossary/load-curated.js';
import type { Glossary, SentenceRef } from '../../src/glossary/types.js';
import { projectPath } from '../../src/shared/paths.js';
import { shippedDocuments, unseenFolder } from './support.js';

/**
 * What must hold whatever documents corpus/ holds: a paper added there changes the glossary but
 * breaks none of these. The same on the shared unseen documents, loaded with corpus/.
 */
const curated = () => loadCuratedGlossary(projectPath('corpus', 'glossary.yaml')).entries;

/** The text a reference points to: its passage, heading, note, or the line set apart. */
function placeTexts(document: CorpusDocument, ref: SentenceRef): string[] {
  if (ref.passage !== null) return [document.passages[ref.passage - 1]?.text ?? ''];
  if (ref.place === 'heading') return document.sections;
  if (ref.place.startsWith('note ')) return [document.notes[ref.place.slice(5)]?.text ?? ''];
  return document.removed.filter((line) => line.category === ref.place).map((line) => line.text);
}

function checkDefinitionsVerbatim(glossary: Glossary, documents: readonly CorpusDocument[]): void {
  const byFile = new Map(documents.map((d) => [d.file, d]));
  for (const entry of glossary.entries) {
    for (const d of entry.definitions) {
      const where = `${entry.id}: ${d.doc}, ${d.place}`;
      expect(d.sentence, where).toContain(d.longForm);
      expect(d.sentence, where).toContain(d.shortForm);
      expect(placeTexts(byFile.get(d.doc)!, d).some((text) => text.includes(d.sentence)), where).toBe(true);
    }
  }
}

/** Acronyms listed as never spelled out, letters only. */
function neverSpelledOut(glossary: Glossary): string[] {
  return glossary.entries.filter((e) => !e.defined && !e.curated?.expansion && /^[A-Z]+$/.test(e.acronym)).map((e) => e.acronym);
}

/** Words the running text writes in Title case after a lower-case word or a comma: names ("told Kishida"). Not "Covid" of "Covid-19". */
function titleCaseNames(documents: readonly CorpusDocument[]): Set<string> {
  const names = new Set<string>();
  for (const document of documents) {
    for (const passage of document.passages) {
      for (const m of passage.text.matchAll(/(?:\p{Ll}|,)[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\d-])/gu)) names.add(m[1]!.toUpperCase());
    }
  }
  return names;
}

/** Every word of a speaker label: capitals before a colon at the start of a line or sentence ("PRIME MINISTER KISHIDA:"). */
function labelWords(documents: readonly CorpusDocument[]): Set<string> {
  const words = new Set<string>();
  for (const document of documents) {
    for (const passage of document.passages) {
      for (const m of passage.text.matchAll(/(?:^|\n|[.?!]\s+)((?:[A-Z][A-Z.'’-]*\s+){0,6}[A-Z][A-Z.'’-]*):\s/g)) {
        for (const word of m[1]!.split(/\s+/)) words.add(word.replace(/[.'’-]+$/, ''));
      }
    }
  }
  return words;
}

describe('the glossary of corpus/, whatever it holds', () => {
  it('quotes every definition verbatim from the place it cites, long and short form included', () => {
    const documents = shippedDocuments();
    checkDefinitionsVerbatim(buildGlossary(documents, curated()), documents);
  });

  it('lists as never spelled out only what no text of the corpus defines in parentheses', () => {
    const documents = shippedDocuments();
    const texts = documents.flatMap((d) => [...d.passages.map((p) => p.text), ...d.sections, ...Object.values(d.notes).map((n) => n.text), ...d.removed.map((r) => r.text)]);
    for (const acronym of neverSpelledOut(buildGlossary(documents, curated()))) {
      expect(texts.filter((text) => text.includes(`(${acronym})`)), acronym).toEqual([]);
    }
  });

  it('lists no word the corpus writes as a name in Title case', () => {
    const documents = shippedDocuments();
    const names = titleCaseNames(documents);
    expect(neverSpelledOut(buildGlossary(documents, curated())).filter((acronym) => names.has(acronym))).toEqual([]);
  });
});

describe('the glossary of unseen documents, loaded with corpus/', () => {
  const folder = unseenFolder();
  if (!folder) {
    it('cannot run: ../shared/corpora/whitehouse-japan is absent', () => {
      console.warn('skipped: ../shared/corpora/whitehouse-japan is absent, so the unseen-document invariants were not checked');
    });
    return;
  }
  let loaded: { documents: CorpusDocument[]; unseen: CorpusDocument[]; glossary: Glossary } | undefined;
  const load = () => {
    if (loaded) return loaded;
    const unseen = loadCorpus(folder).documents;
    const documents = [...shippedDocuments(), ...unseen];
    loaded = { documents, unseen, glossary: buildGlossary(documents, curated()) };
    return loaded;
  };

  it('quotes every definition verbatim from the place it cites', () => {
    const { documents, glossary } = load();
    checkDefinitionsVerbatim(glossary, documents);
  });

  it('lists no speaker label and no name in capitals as an acronym', () => {
    const { documents, unseen, glossary } = load();
    const listed = neverSpelledOut(glossary);
    const labels = labelWords(unseen);
    expect(labels.size).toBeGreaterThan(0);
    expect(listed.filter((acronym) => labels.has(acronym))).toEqual([]);
    const names = titleCaseNames(documents);
    expect(listed.filter((acronym) => names.has(acronym))).toEqual([]);
  });

  it('finds definitions in the new documents, and leaves the shipped papers’ definitions as they were', () => {
    const { unseen, glossary } = load();
    const files = new Set(unseen.map((d) => d.file));
    expect(glossary.entries.some((e) => e.definitions.some((d) => files.has(d.doc)))).toBe(true);
    const alone = buildGlossary(shippedDocuments(), curated());
    const shippedRows = (g: Glossary) => g.entries.flatMap((e) => e.definitions.filter((d) => !files.has(d.doc)).map((d) => `${d.doc} ${d.shortForm} = ${d.longForm}`)).sort();
    expect(shippedRows(glossary)).toEqual(shippedRows(alone));
  });
});

import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/types.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { lookupReply } from '../../src/present/glossary/lookup.js';
import { plainText } from '../../src/present/build.js';

/**
 * Definitions outside the running text: in notes, author bios, disclaimers, headings. The document
 * is made here, as the loader hands it over, so the test holds whatever the loader's rules for
 * telling a bio from the text become.
 */
function paper(): CorpusDocument {
  const body = 'The two governments met in Tokyo and agreed to coordinate export controls on chips, as CSIS and the DOE both urged in their reports that year.';
  return {
    file: 'placed.md',
    meta: { title: 'A paper with a bio', authors: ['A. Author'], publisher: 'Test Press', published: '2024-01', publishedInferred: false, notesMissing: [], url: null, kind: 'test fixture' },
    titleLine: 2,
    sections: ['The Clean Energy and Energy Security Initiative (CEESI)'],
    passages: [{ id: 'placed.md#1', doc: 'placed.md', index: 1, section: 'The Clean Energy and Energy Security Initiative (CEESI)', text: body, noteIds: [] }],
    notes: { '12': { id: '12', text: 'Jane Doe, “Chips,” Center for Strategic and International Studies (CSIS), 2023, https://www.csis.org/x.' } },
    unresolvedMarkers: [],
    removed: [
      { line: 20, text: '[12] Jane Doe, “Chips,” Center for Strategic and International Studies (CSIS), 2023, https://www.csis.org/x.', category: 'note' },
      { line: 22, text: 'A. Author was a Policy Coordinator for the US Department of Energy (DOE) from 2020 until 2021.', category: 'author bio' },
      { line: 24, text: 'Disclaimer: the views are not those of the Asia Pacific Initiative (API).', category: 'disclaimer' },
    ],
  };
}

describe('definitions outside the running text', () => {
  it('reads notes, bios, disclaimers and headings, and cites each to its place', () => {
    const glossary = buildGlossary([paper()]);
    const where = (id: string) => glossary.byId.get(id)?.definitions.map((d) => [d.longForm, d.place, d.passage]);
    expect(where('CSIS')).toEqual([['Center for Strategic and International Studies', 'note 12', null]]);
    expect(where('DOE')).toEqual([['Department of Energy', 'author bio', null]]);
    expect(where('API')).toEqual([['Asia Pacific Initiative', 'disclaimer', null]]);
    expect(where('CEESI')).toEqual([['Clean Energy and Energy Security Initiative', 'heading', null]]);
  });

  it('reads a note once, as the note, though the loader also lists its line as removed', () => {
    const csis = buildGlossary([paper()]).byId.get('CSIS')!;
    expect(csis.definitions).toHaveLength(1);
  });

  it('does not call an acronym "never spelled out" when a note or a bio spells it out', () => {
    const glossary = buildGlossary([paper()]);
    for (const id of ['CSIS', 'DOE']) expect(glossary.byId.get(id)?.defined, id).toBe(true);
    expect(glossary.entries.filter((e) => !e.defined).map((e) => e.id)).toEqual([]);
  });

  it('quotes the defining sentence and names its place where a citation would name a passage', () => {
    const document = paper();
    const reply = lookupReply(buildGlossary([document]), new Map([[document.file, document]]), 'DOE');
    expect(plainText(reply)).toContain(
      'Definition (author bio): “A. Author was a Policy Coordinator for the US Department of Energy (DOE) from 2020 until 2021.” — A. Author, “A paper with a bio”, Test Press, Jan 2024, author bio',
    );
  });
});

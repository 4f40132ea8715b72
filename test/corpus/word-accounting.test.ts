import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/parse-document.js';
import { REMOVED_CATEGORIES } from '../../src/corpus/removed-categories.js';
import { bodyOf, lostWords } from '../../src/corpus/word-accounting.js';
import { sharedDocuments, shippedDocuments, type SourceFile } from './documents.js';

/**
 * No word is lost: every word of a document's body ends up in a passage, a note, a section heading
 * or a removed line whose category the loader names. Over every shipped paper, every document of
 * whitehouse-japan and a fixed sample of whitehouse-2022 (all 1,833 take about 20 s here).
 */
function expectEveryWordAccounted(documents: SourceFile[]): void {
  for (const { file, text } of documents) {
    const document = parseDocument(file, text);
    const lost = Object.fromEntries(lostWords(bodyOf(text), document));
    expect(lost, file).toEqual({});
    for (const removed of document.removed) expect(Object.keys(REMOVED_CATEGORIES), `${file}:${removed.line}`).toContain(removed.category);
  }
}

describe('every word of the source', () => {
  it('is accounted for in the shipped papers', () => expectEveryWordAccounted(shippedDocuments()));
  it('is accounted for in every whitehouse-japan document', () => expectEveryWordAccounted(sharedDocuments('whitehouse-japan')));
  it('is accounted for in a sample of 120 whitehouse-2022 documents', () => expectEveryWordAccounted(sharedDocuments('whitehouse-2022', 120)));

  it('counts a word the loader dropped without a name as lost', () => {
    const text = '---\ntitle: T\nauthors: [A B]\npublished: 2024\nkind: essay\n---\nThe ministers met in Tokyo to discuss export controls on chips and more. They agreed.\n';
    const document = parseDocument('t.md', text);
    const tampered = { ...document, passages: document.passages.map((p) => ({ ...p, text: p.text.replace('Tokyo ', '') })) };
    expect(Object.fromEntries(lostWords(bodyOf(text), tampered))).toEqual({ tokyo: 1 });
  });
});

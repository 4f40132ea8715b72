import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/parse-document.js';
import { sharedDocuments, shippedDocuments, type SourceFile } from './documents.js';
import { rewrap } from './rewrap-text.js';

/**
 * Re-wrapping a document's paragraphs at any width from 50 to 100 columns gives the same passages:
 * what the loader makes of a text does not depend on where its lines happen to end (PDF text,
 * e-mail and HTML-to-Markdown converters all wrap). How the text is re-wrapped: rewrap-text.ts.
 */

function shape(file: string, text: string) {
  const document = parseDocument(file, text);
  return {
    sections: document.sections,
    passages: document.passages.map(({ section, speaker, text, noteIds }) => ({ section, speaker, text, noteIds })),
  };
}

function expectSameAtAnyWidth(documents: SourceFile[], numRuns: number): void {
  if (documents.length === 0) return;
  const original = new Map<string, ReturnType<typeof shape>>();
  fc.assert(
    fc.property(fc.nat(documents.length - 1), fc.integer({ min: 50, max: 100 }), (index, width) => {
      const { file, text } = documents[index]!;
      if (!original.has(file)) original.set(file, shape(file, text));
      expect(shape(file, rewrap(text, width)), `${file} at ${width} columns`).toEqual(original.get(file));
    }),
    { numRuns },
  );
}

describe('re-wrapping the paragraphs at any width from 50 to 100 columns', () => {
  it('gives the same passages for the shipped papers (property)', () => expectSameAtAnyWidth(shippedDocuments(), 15));
  it('gives the same passages for the whitehouse-japan documents (property)', () => expectSameAtAnyWidth(sharedDocuments('whitehouse-japan'), 40));
  it('gives the same passages for a sample of whitehouse-2022 (property)', () => expectSameAtAnyWidth(sharedDocuments('whitehouse-2022', 60), 40));

  it('really moves the line ends: re-wrapped at 50 columns, the papers printed one paragraph a line have many more lines', () => {
    const grown = shippedDocuments().filter(({ text }) => rewrap(text, 50).split('\n').length > text.split('\n').length * 3);
    expect(grown.length).toBeGreaterThanOrEqual(1);
  });
});

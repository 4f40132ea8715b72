import { splitSentences, type CorpusDocument } from '../src/corpus/index.js';

/**
 * A corpus `factor` times the size of the real one, made from its own passages: copy k of each
 * passage has its sentences rotated by k, so copies are not identical and the index holds
 * realistic vocabulary at scale.
 */
export function syntheticCorpus(documents: readonly CorpusDocument[], factor: number): CorpusDocument[] {
  const copies: CorpusDocument[] = [];
  for (let k = 0; k < factor; k++) {
    for (const document of documents) {
      const file = `${document.file.replace(/\.md$/, '')}-copy${k}.md`;
      copies.push({
        ...document,
        file,
        passages: document.passages.map((passage) => {
          const sentences = splitSentences(passage.text);
          const shift = k % Math.max(sentences.length, 1);
          const text = [...sentences.slice(shift), ...sentences.slice(0, shift)].join(' ');
          return { ...passage, id: `${file}#${passage.index}`, doc: file, text };
        }),
      });
    }
  }
  return copies;
}

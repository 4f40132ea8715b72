import type { MentionFinder } from '../extract/mentions.js';
import type { SentenceRef, Usage } from '../types.js';

/** Per entry id, the documents that name it — sentences counted once however often they do — earliest paper first. */
export function countUsage(sentences: readonly SentenceRef[], finder: MentionFinder): Map<string, Usage[]> {
  const usage = new Map<string, Usage[]>();
  for (const ref of sentences) {
    const mentions = finder.mentions(ref.sentence);
    for (const id of new Set(mentions.map((m) => m.id))) {
      const acronym = mentions.some((m) => m.id === id && m.by === 'short form');
      const list = usage.get(id) ?? [];
      const forDoc = list.find((u) => u.doc === ref.doc);
      if (forDoc) {
        forDoc.count += 1;
        forDoc.writesAcronym ||= acronym;
      } else list.push({ doc: ref.doc, count: 1, first: ref, writesAcronym: acronym });
      usage.set(id, list);
    }
  }
  return usage;
}

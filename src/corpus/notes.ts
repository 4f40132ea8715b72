import type { Footnote } from './types.js';

/**
 * Notes by id, repairing one typesetting slip the corpus has: an endnote printed with the number
 * of the note after it ("[17] … [19] … [19] …" where the first [19] is really [18]). A repeated
 * number that follows a gap the body refers to fills that gap. Linear in the notes: a report may
 * have thousands.
 */
export function indexNotes(notes: Footnote[], referenced: Set<string>): Record<string, Footnote> {
  const byId: Record<string, Footnote> = {};
  const has = (id: string) => Object.hasOwn(byId, id);
  const lastIndex = new Map<string, number>();
  notes.forEach((note, i) => lastIndex.set(note.id, i));
  notes.forEach((note, i) => {
    const repeatedLater = (lastIndex.get(note.id) ?? i) > i;
    const previous = String(Number(note.id) - 1);
    if (repeatedLater && !has(note.id) && !has(previous) && referenced.has(previous)) {
      byId[previous] = { id: previous, text: note.text };
      return;
    }
    if (!has(note.id)) byId[note.id] = note;
  });
  return byId;
}

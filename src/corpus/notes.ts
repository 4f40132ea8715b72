import type { Footnote } from './types.js';

/**
 * Notes by id, repairing one typesetting slip the corpus has: an endnote printed with the number
 * of the note after it ("[17] … [19] … [19] …" where the first [19] is really [18]). A repeated
 * number that follows a gap the body refers to fills that gap.
 */
export function indexNotes(notes: Footnote[], referenced: Set<string>): Record<string, Footnote> {
  const byId: Record<string, Footnote> = {};
  notes.forEach((note, i) => {
    const id = Number(note.id);
    const repeatedLater = notes.slice(i + 1).some((other) => other.id === note.id);
    const previous = String(id - 1);
    if (repeatedLater && byId[note.id] === undefined && byId[previous] === undefined && referenced.has(previous)) {
      byId[previous] = { id: previous, text: note.text };
      return;
    }
    byId[note.id] ??= note;
  });
  return byId;
}

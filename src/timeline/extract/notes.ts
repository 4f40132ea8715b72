import type { CorpusDocument, Passage } from '../../corpus/index.js';
import { toIso } from '../../shared/time/calendar.js';
import { findDates } from '../parse/dates.js';
import { titleFromNote } from '../title/index.js';
import type { EventTelling } from './event-telling.js';
import { publishedParts, referenceDate } from './reference.js';

/**
 * Dates in footnotes and endnotes are the publication dates of the sources cited: kept
 * as publications, cited through the passage that refers to the note, never offered as
 * anniversaries. A date the note does not write in full (no year) says nothing and is skipped.
 */
export function noteMentions(document: CorpusDocument): EventTelling[] {
  const reference = referenceDate(publishedParts(document));
  const mentions: EventTelling[] = [];
  // The first passage citing each note, found in one pass: a report may have thousands of notes.
  const citingPassage = new Map<string, Passage>();
  for (const passage of document.passages) for (const id of passage.noteIds) if (!citingPassage.has(id)) citingPassage.set(id, passage);
  for (const note of Object.values(document.notes)) {
    const citing = citingPassage.get(note.id) ?? null;
    for (const date of findDates(note.text, 'note', reference)) {
      if (date.year === null) continue;
      const title = titleFromNote(note.text, date);
      mentions.push({
        source: {
          origin: 'note', doc: document.file, passage: citing?.index ?? null, section: citing?.section ?? null,
          quote: note.text, noteId: note.id, line: null, url: null,
          date: toIso({ year: date.year, month: date.month ?? undefined, day: date.day ?? undefined }),
          precision: date.precision, phrase: date.text, yearInferred: null,
        },
        title,
        kind: 'publication',
        qualifier: null,
        context: `${title} ${note.text}`,
        citedNotes: [],
        namesThing: false,
        basis: null,
        // A note dates a source already published when the document cites it.
        ahead: false,
      });
    }
  }
  return mentions;
}

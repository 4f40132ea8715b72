import type { EventKind, EventSource } from '../types.js';

/** One dated telling of an event, before tellings of the same event are merged. */
export interface EventTelling {
  source: EventSource;
  title: string;
  kind: EventKind;
  qualifier: string | null;
  /** The words that tell what happened, for telling whether two mentions are one event. */
  context: string;
  /** Notes the sentence cites: such a note often dates the same event. */
  citedNotes: string[];
  /**
   * The date names a thing ("the 2020 revisions of the FTFEA", "the White House’s June 2021
   * report") rather than telling it: a second mention, which should not lead its event.
   */
  namesThing: boolean;
  /** How a date counted from another event was worked out, for the reader to check. */
  basis: string | null;
  /**
   * Told as ahead of its document: dated after the document's own date, or told in the future
   * tense with a date the document's date does not pass ("will be activated within this year").
   */
  ahead: boolean;
}

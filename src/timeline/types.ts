/** The timeline's plain data: dated events drawn from the papers and the team's own calendar. */

/** How much of a date the text gives: never more than it says. */
export type { Precision } from '../shared/time/calendar.js';
import type { Precision } from '../shared/time/calendar.js';
import type { LoadProblem } from '../corpus/index.js';

export type EventKind = 'meeting' | 'agreement' | 'law' | 'deadline' | 'publication' | 'other';

/** Where a dated mention was read: the authors' prose, a footnote/endnote, or corpus/events.yaml. */
export type Origin = 'text' | 'note' | 'team';

/**
 * How a year the text leaves out was found. Never from today's date: always from the document's
 * own `published` date and the words around the date.
 */
export type YearInference =
  /** "last year", "this spring", "this year's session": counted from the publication year. */
  | 'relative-year'
  /** "That same year": the year last written in the same passage. */
  | 'anaphora'
  /** Told as past: the latest such date on or before publication. */
  | 'past-tense'
  /** Told as future ("scheduled", "will"): the earliest such date on or after publication. */
  | 'future-tense'
  /** "last week", "on Monday", "two days ago", "coming July": counted from the publication date itself. */
  | 'counted';

/** One telling of an event: a sentence of a paper, a note, or a line of events.yaml. */
export interface EventSource {
  origin: Origin;
  /** Corpus file name, or the events file's name for team items. */
  doc: string;
  /** The passage the quote is in (for a note: the first passage citing it); null for team items. */
  passage: number | null;
  section: string | null;
  /** Verbatim: the sentence (markers included), the note's text, or the team item's title. */
  quote: string;
  noteId: string | null;
  /** events.yaml line, for team items. */
  line: number | null;
  /** The team item's source link. */
  url: string | null;
  date: string;
  precision: Precision;
  /** The words that gave the date, as written ("at the end of October"). */
  phrase: string;
  yearInferred: YearInference | null;
}

export interface TimelineEvent {
  id: string;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the text, never more. */
  date: string;
  precision: Precision;
  /** What the text says within that precision: "end of" (October), "spring" (2022). */
  qualifier: string | null;
  kind: EventKind;
  /** Short title drawn from the sentence. */
  title: string;
  /** "text" when any source is the authors' prose; "note" when only notes date it. */
  origin: Origin;
  /** Anniversaries are offered only for yearly items; deadlines and one-off team items are "none". */
  recurrence: 'yearly' | 'none';
  /** A team item's wall-clock time ("HH:MM") in `timeZone`, when events.yaml gives one. */
  time: string | null;
  timeZone: string | null;
  /** Primary source first. */
  sources: EventSource[];
  /** Set when the sources give different dates for the same event, saying who says what. */
  disagreement: string | null;
  /** Set when the date is counted from another event's ("within nine months of the bill's passage"): how. */
  basis: string | null;
  /**
   * Every telling dates it after its own document's date: a plan or forecast ("the summit planned
   * for tomorrow"), not something the papers say happened. Offered once, never as an anniversary.
   */
  expected: boolean;
}

/** A date phrase the text pins to another event whose date is not known ("within nine months of the bill's passage"). */
export interface UnresolvedPhrase {
  doc: string;
  passage: number;
  phrase: string;
  reason: string;
}

/** What a citation needs to know about a document, kept so the timeline stands alone. */
export interface DocInfo {
  title: string;
  authors: string[];
  publisher: string | null;
  published: string;
  url: string | null;
  notes: Record<string, string>;
}

export interface TimelineStats {
  /** Dated mentions read in the papers (text and notes). */
  mentions: number;
  /** Mentions whose year the text left out, by how it was found. */
  yearsInferred: Record<YearInference, number>;
}

export interface Timeline {
  /** In date order. */
  events: TimelineEvent[];
  docs: Record<string, DocInfo>;
  unresolved: UnresolvedPhrase[];
  stats: TimelineStats;
  /** Papers whose dates were left out, and why (a publication date the timeline cannot read). */
  problems: LoadProblem[];
}

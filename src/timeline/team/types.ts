import type { EventKind } from '../types.js';

/** One item of corpus/events.yaml: a date the team tracks itself (a meeting, a deadline). */
export interface TeamEvent {
  title: string;
  /** "YYYY-MM-DD" or "YYYY-MM". */
  date: string;
  /** Wall-clock "HH:MM" in `timeZone`, when the item has a time. */
  time: string | null;
  timeZone: string | null;
  recurrence: 'yearly' | 'none';
  /** Where the date comes from: required, since the team's items are not in the papers. */
  source: string;
  kind: EventKind;
  /** Line of the item in the file, for citing it. */
  line: number;
  /** Phrases in the papers this item dates: "the bill's passage" in Tong's paper. */
  anchors: { doc: string; phrase: string }[];
}

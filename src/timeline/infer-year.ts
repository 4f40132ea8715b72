import { span, type DateParts } from '../shared/time/calendar.js';
import type { DateMention } from './parse/dates.js';
import type { YearInference } from './types.js';

/**
 * The year of a date written without one ("On November 14", "In May", "at the end of October").
 * It comes from the document's own date and the words around it, never from today, so the
 * timeline does not change with the day it is read:
 * 1. words that count from the publication year: "last year", "this spring", "this year's";
 * 2. "that same year": the year written last before it in the passage;
 * 3. otherwise tense: a past event is the latest such date on or before publication ("On
 *    November 14" in a December 2023 article is 14 November 2023), a future one the earliest on
 *    or after it ("scheduled to take place at the end of October" in an October 2023 paper).
 */
export interface YearContext {
  published: DateParts;
  sentence: string;
  previousSentence: string | null;
  /** The last year written in full earlier in the same passage. */
  lastExplicitYear: number | null;
}

const RELATIVE_YEAR = /\b(last|this|next) year\b/i;
const OFFSETS: ReadonlyMap<string, number> = new Map([['last', -1], ['this', 0], ['next', 1]]);
const FUTURE = /\b(?:will|shall|scheduled|upcoming|expected to|is to be|are to be|plans? to|planned (?:for|in)|intends? to|look(?:s|ing)? forward to|to be held)\b|\w['’]ll\b/i;

/** The sentence tells what is to come ("will", "scheduled", "we’ll"): a date without a year is then ahead. */
export function toldAsFuture(sentence: string): boolean {
  return FUTURE.test(sentence) || SCHEDULED.test(sentence);
}

/** "we are holding the summit on Thursday": the present progressive of a planned act tells the future. */
const SCHEDULED = /\b(?:am|is|are|['’]re|['’]s)\s+(?:\w+\s+)?(?:holding|hosting|travell?ing|visiting|meeting|welcoming|convening|launching|announcing|unveiling|heading|going|leaving|joining)\b/i;
const PAST = /\b(?:was|were|had|did|met|held|came|went|said|told|made|took|gave|\w{3,}ed)\b/i;

/**
 * Which way a clause points, or null when its words do not say (neither, or both). "On Monday"
 * needs it: the same words are last Monday in "we met on Monday" and next Monday in "we will meet on Monday".
 */
export function tenseOf(text: string): 'future' | 'past' | null {
  const future = toldAsFuture(text);
  const past = PAST.test(text);
  if (future === past) return null;
  return future ? 'future' : 'past';
}

function relativeYearIn(text: string | null): number | null {
  const word = text === null ? undefined : RELATIVE_YEAR.exec(text)?.[1]?.toLowerCase();
  return word === undefined ? null : (OFFSETS.get(word) ?? null);
}

/** Month and day as one comparable number; a missing day compares as the whole month. */
const key = (month: number, day: number) => month * 100 + day;

function byTense(month: number, day: number | null, context: YearContext): { year: number; how: YearInference } {
  const { first, last } = span(context.published);
  const [fy, fm, fd] = first.split('-').map(Number) as [number, number, number];
  const [ly, lm, ld] = last.split('-').map(Number) as [number, number, number];
  if (toldAsFuture(context.sentence)) {
    const year = key(month, day ?? 31) < key(fm, fd) ? fy + 1 : fy;
    return { year, how: 'future-tense' };
  }
  const year = key(month, day ?? 1) > key(lm, ld) ? ly - 1 : ly;
  return { year, how: 'past-tense' };
}

export function resolveYear(mention: DateMention, context: YearContext): { year: number; how: YearInference | null } | null {
  if (mention.year !== null) return { year: mention.year, how: null };
  const published = context.published.year;
  if (mention.relativeYear !== null) return { year: published + mention.relativeYear, how: 'relative-year' };
  if (mention.anaphora) return context.lastExplicitYear === null ? null : { year: context.lastExplicitYear, how: 'anaphora' };
  if (mention.month === null) return null;
  const relative = relativeYearIn(context.sentence) ?? relativeYearIn(context.previousSentence);
  if (relative !== null) return { year: published + relative, how: 'relative-year' };
  return byTense(mention.month, mention.day, context);
}

import type { ParsedResult } from 'chrono-node';
import type { Precision } from '../types.js';
import { CALENDAR_TAGS, dateParser } from './chrono.js';
import { TAG_ANAPHORA, TAG_END_OF_YEAR, TAG_RELATIVE, TAG_SEASON } from './phrase-parsers.js';
import { findRelativeWords, isFigurative, type RelativeShift } from './relative-words.js';
import { findYears } from './years.js';

/**
 * The dates written in one sentence or note, with exactly what the words give. chrono-node fills
 * missing parts from its reference date (and calls "end of October" day-certain, the 31st); none
 * of that is kept: a missing year is left null for infer-year.ts, and precision is what was written.
 */
export interface DateMention {
  index: number;
  /** As written: "November 14", "at the end of October" is "end of October". */
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  precision: Precision;
  /** Within the precision: "end of" (a month or year), or a season. */
  qualifier: string | null;
  /** Years from the publication year the words point to: "last year's" -1, "this spring" 0. */
  relativeYear: number | null;
  /** "That same year": the year last written before it. */
  anaphora: boolean;
  /** "by 2025", "starting in April 2024": a date something is due. */
  deadline: boolean;
  /** "the 2022 Economic Security Promotion Act": the year names a thing rather than dating a clause. */
  adjectival: boolean;
  /** "last week", "on Monday", "coming July": counted from the document's date (count-from-document.ts). */
  shift: RelativeShift | null;
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;

/** URLs carry dates of their own ("/2021/03/12/"); blank them out, keeping offsets. */
function maskUrls(text: string): string {
  return text.replace(/(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length));
}

function isDeadlineCue(before: string): boolean {
  return /\b(?:by|(?:starting|beginning|effective)(?:\s+(?:in|on|from))?|no later than)\s*$/i.test(before);
}

/** A date stamped on a page or a figure rather than an event: "as of", "accessed", "captured on", "last updated". */
const STAMP = /\b(?:as of|accessed(?: on)?|retrieved(?: on)?|captured(?: on)?|archived(?: on)?|(?:last\s+)?updated(?: on)?|current as of)\s*$/i;

/** A date that opens a statistic ("In 2020, some 22 percent of …") dates a figure, not an event. */
function opensStatistic(after: string): boolean {
  return /^\W{0,3}(?:some|about|roughly|nearly|around|over|almost|only)?\s*\d[\d.,]*\s*(?:percent|%)/i.test(after);
}

function isCalendarResult(result: ParsedResult): boolean {
  const tags = result.tags();
  if (!CALENDAR_TAGS.some((tag) => tags.has(tag))) return false;
  // English capitalises month names; a lower-case "may" or "march" is a verb.
  const month = MONTH_WORD.exec(result.text)?.[0] ?? '';
  return /^[A-Z]/.test(month);
}

function fromChrono(result: ParsedResult): DateMention | null {
  const tags = [...result.tags()];
  const own = tags.some((tag) => tag.startsWith('briefbot/'));
  if (result.end || (!own && !isCalendarResult(result))) return null;
  const relative = tags.find((tag) => tag.startsWith(TAG_RELATIVE));
  const season = tags.find((tag) => tag.startsWith(TAG_SEASON))?.slice(TAG_SEASON.length) ?? null;
  const start = result.start;
  const endOf = tags.includes(TAG_END_OF_YEAR) || tags.includes('refiner/ENEndOfPeriodRefiner') || /\bend of\b/i.test(result.text);
  const month = season === null && start.isCertain('month') ? start.get('month') : null;
  const day = month !== null && !endOf && start.isCertain('day') ? start.get('day') : null;
  return {
    index: result.index,
    text: result.text.replace(/[\s,.;:]+$/, ''),
    year: start.isCertain('year') ? start.get('year') : null,
    month,
    day,
    precision: day !== null ? 'day' : month !== null ? 'month' : 'year',
    qualifier: season ?? (endOf ? 'end of' : null),
    relativeYear: relative === undefined ? null : Number(relative.slice(TAG_RELATIVE.length)),
    anaphora: tags.includes(TAG_ANAPHORA),
    deadline: false,
    adjectival: false,
    shift: null,
  };
}

/**
 * Words without which chrono finds nothing this timeline keeps (a digit, a month, a season, a
 * year word, Japanese 年月日). Most sentences have none, and chrono is most of the build time.
 */
const DATE_CUE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:years?|spring|summer|autumn|fall|winter|months?)\b|[年月日]/i;

/** Words that only date anything when an earlier date is known: a note's "last year" says nothing. */
function relativeMentions(text: string, mode: 'text' | 'note'): DateMention[] {
  if (mode === 'note' || isFigurative(text)) return [];
  return findRelativeWords(text).map((hit) => ({
    index: hit.index, text: hit.text, year: null, month: hit.shift.kind === 'month' ? hit.shift.month : null, day: null,
    precision: hit.shift.kind === 'weekday' || (hit.shift.kind === 'shift' && hit.shift.unit === 'day') ? 'day' : hit.shift.kind === 'shift' && hit.shift.unit === 'year' ? 'year' : 'month',
    qualifier: null, relativeYear: null, anaphora: false, deadline: false, adjectival: false, shift: hit.shift,
  }));
}

const overlaps = (a: { index: number; text: string }, b: { index: number; text: string }) =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;

export function findDates(text: string, mode: 'text' | 'note', reference: Date): DateMention[] {
  const masked = maskUrls(text);
  const results = DATE_CUE.test(masked) ? dateParser().parse(masked, reference, { forwardDate: false }) : [];
  const relative = relativeMentions(masked, mode);
  // A relative phrase is read whole: chrono's bare "July" inside "coming July" gives way to it.
  const mentions = [...relative, ...results.flatMap((result) => fromChrono(result) ?? []).filter((m) => !relative.some((r) => overlaps(r, m)))];
  const taken = [...results, ...relative].map((r) => [r.index, r.index + r.text.length] as const);
  for (const hit of findYears(masked, mode)) {
    if (taken.some(([from, to]) => hit.index < to && hit.index + hit.text.length > from)) continue;
    mentions.push({
      index: hit.index, text: hit.text, year: hit.year, month: null, day: null, precision: 'year',
      qualifier: null, relativeYear: null, anaphora: false, deadline: hit.by, adjectival: hit.adjectival, shift: null,
    });
  }
  // "In November last year": the month is the date, and its year is read from "last year" (infer-year.ts).
  const monthWithoutYear = mentions.some((m) => m.month !== null && m.year === null && m.shift === null);
  return mentions
    .filter((m) => !(monthWithoutYear && m.shift?.kind === 'shift' && m.shift.unit === 'year'))
    .filter((m) => !STAMP.test(masked.slice(0, m.index)))
    .filter((m) => !opensStatistic(masked.slice(m.index + m.text.length)))
    .map((m) => ({ ...m, deadline: m.deadline || isDeadlineCue(masked.slice(0, m.index)) }))
    .sort((a, b) => a.index - b.index);
}

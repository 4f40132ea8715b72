import { addMonths, parseIso, type DateParts } from '../shared/time/calendar.js';
import type { Precision } from './types.js';

/**
 * Dates the text pins to another event: "within nine months of the bill's passage". Such a date
 * is known only when the other event's date is: the papers may not give it (Tong wrote before the
 * bill passed), so the team can give it in events.yaml, naming the phrase it dates (`anchors`).
 */
export interface Anchor {
  doc: string;
  /** The words as the paper writes them: "the bill's passage". */
  phrase: string;
  date: string;
  /** What the team item is, for the reason shown with the date. */
  title: string;
}

interface RelativeDate {
  index: number;
  text: string;
  anchorPhrase: string;
  /** Null while the anchor's date is unknown. */
  date: DateParts | null;
  precision: Precision | null;
  anchor: Anchor | null;
}

// A Map, as every table looked up with words from a text is (Object's own members are not numbers).
const NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24, thirty: 30, sixty: 60, ninety: 90,
  }),
);
const AMOUNT = String.raw`(\d{1,3}|${[...NUMBERS.keys()].join('|')})`;
const PATTERN = new RegExp(
  String.raw`\b(?:within\s+${AMOUNT}\s+(month|year)s?\s+of|${AMOUNT}\s+(month|year)s?\s+(?:after|following))\s+(the\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?)(?=[,.;]|\s+(?:the|a|an|to|for|and|will)\s)`,
  'gi',
);

const normalizePhrase = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

function shift(anchor: DateParts, months: number): DateParts | null {
  if (anchor.month === undefined) return null; // a year-only anchor pins nothing to the month
  const moved = addMonths({ year: anchor.year, month: anchor.month, day: anchor.day ?? 1 }, months);
  return anchor.day === undefined ? { year: moved.year, month: moved.month } : moved;
}

export function relativeDates(sentence: string, doc: string, anchors: readonly Anchor[]): RelativeDate[] {
  const found: RelativeDate[] = [];
  for (const match of sentence.matchAll(PATTERN)) {
    const amountWord = (match[1] ?? match[3] ?? '').toLowerCase();
    const unit = (match[2] ?? match[4] ?? '').toLowerCase();
    const anchorPhrase = match[5] ?? '';
    const amount = NUMBERS.get(amountWord) ?? Number(amountWord);
    const anchor = anchors.find((a) => a.doc === doc && normalizePhrase(a.phrase) === normalizePhrase(anchorPhrase)) ?? null;
    const anchorDate = anchor === null ? null : parseIso(anchor.date);
    const date = anchorDate === null ? null : shift(anchorDate, unit === 'year' ? amount * 12 : amount);
    const precision = date === null ? null : date.day === undefined ? 'month' : 'day';
    found.push({ index: match.index ?? 0, text: match[0], anchorPhrase, date, precision, anchor });
  }
  return found;
}

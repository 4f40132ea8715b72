import { terms, tokensWithOffsets } from '../shared/text/search-terms.js';
import type { AnswerKind } from './question-kind.js';

/**
 * Which kinds of answer a sentence holds — an actor's name, a date, a figure, a place — told from
 * the sentence's own writing: capitals, month names, numbers, a preposition of place. Only what
 * the question does not already give counts: "who blocked the Nippon Steel deal" is not answered
 * by a sentence whose only name is Nippon Steel. Search may not use the timeline's date parser
 * (docs/ARCHITECTURE.md: layer 4 imports nothing above it), and it does not need one: it asks
 * whether a date is written, not which.
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS}|(?:${MONTH_ABBREVIATIONS})\\.?)$`);

/** A four-digit year, or a decade ("1980s"), that is not an amount ("2,000", "$2025", "2020 percent"). */
const YEAR = /(?<![\d,.$€£¥])\b(?:1[89]|20)\d\d(?:s\b|\b)(?![.,]\d)(?!\s*(?:%|percent|per cent))/g;

const DATES: readonly RegExp[] = [
  // Capitalised only: a lower-case "may" or "march" is a verb.
  new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\b`, 'g'),
  new RegExp(`\\b(?:${MONTH_ABBREVIATIONS})\\.?\\s+\\d{1,2}\\b`, 'g'),
  YEAR,
  /\b(?:yesterday|today|tomorrow|(?:last|next|this|past|coming|previous|following)\s+(?:week|month|year|spring|summer|autumn|fall|winter|decade))\b/gi,
];

/**
 * A number written in digits, with its currency sign: not part of a name or a code ("G7", "2+2",
 * "COVID-19", "5G"), nor a footnote marker ("[16]").
 */
const NUMBER = /(?<![\p{L}\p{N}[+.,-])[$€£¥]?\d[\d,]*(?:\.\d+)?(?![\p{L}\p{N}\]+]|[.,]\d)/gu;
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|twice|percent)s?\b/gi;
const WHOLE_YEAR = new RegExp(`^${YEAR.source}$`);
const AMOUNT_AFTER = /^\s*(?:%|percent|per cent|million|billion|trillion)/i;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`);

/** A place is a name after a preposition of place: "in Busan", "at Camp David", "in the United States". */
const PLACE_BEFORE = /\b(?:in|at|near|across|throughout|within|inside|outside|around)\s+(?:the\s+)?$/i;

interface Token {
  raw: string;
  start: number;
  end: number;
}

const isAcronym = (raw: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]+\.?$/u.test(raw);
const bare = (raw: string) => raw.replace(/\.$/, '');

/**
 * The capitalised words a passage writes inside its sentences: they are names wherever they
 * stand. A sentence's first word is capitalised by grammar, so it counts as a name only when the
 * passage also writes it capitalised elsewhere ("Biden"), or it is an acronym ("CFIUS").
 */
export function namesWrittenInside(sentences: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    for (const token of tokensWithOffsets(sentence).slice(1)) if (/^\p{Lu}/u.test(token.raw)) names.add(bare(token.raw));
  }
  return names;
}

/** The sentence's names: runs of capitalised words, months and weekdays left out. */
function nameRuns(sentence: string, names: ReadonlySet<string>): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let previous: Token | null = null;
  tokensWithOffsets(sentence).forEach((token, index) => {
    const capital = /^\p{Lu}/u.test(token.raw) && !CALENDAR_WORD.test(token.raw);
    const name = capital && (index > 0 || isAcronym(token.raw) || names.has(bare(token.raw)));
    const joined = previous !== null && /^\s+$/.test(sentence.slice(previous.end, token.start));
    if (!name || !joined) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (name) run.push(token);
    previous = token;
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Whether some word of `text` is one the question does not give. */
const saysMore = (text: string, given: (term: string) => boolean) => terms(text).some((term) => !given(term));

function hasDate(sentence: string, given: (term: string) => boolean): boolean {
  return DATES.some((pattern) => [...sentence.matchAll(pattern)].some((match) => saysMore(match[0], given)));
}

function hasFigure(sentence: string, given: (term: string) => boolean): boolean {
  for (const match of sentence.matchAll(NUMBER)) {
    const at = match.index;
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + match[0].length);
    const year = WHOLE_YEAR.test(match[0]) && !AMOUNT_AFTER.test(after);
    const day = MONTH_BEFORE.test(before) || MONTH_AFTER.test(after);
    if (!year && !day && saysMore(match[0], given)) return true;
  }
  // "The two nations", "the three sides" point back at things already named; they count nothing.
  return [...sentence.matchAll(NUMBER_WORD)].some((match) => !/\bthe\s+$/i.test(sentence.slice(0, match.index)) && saysMore(match[0], given));
}

/**
 * The kinds of answer `sentence` holds that the question does not give (`given`: a term of the
 * question or one it matched). `names` are the passage's names (namesWrittenInside). A name counts
 * by its last word, which English names and titles end on: a question about "the Nippon Steel
 * deal" gives "U.S. Steel", not "President Joe Biden".
 */
export function answerMentions(sentence: string, names: ReadonlySet<string>, given: (term: string) => boolean): Set<AnswerKind> {
  const kinds = new Set<AnswerKind>();
  if (hasDate(sentence, given)) kinds.add('date');
  if (hasFigure(sentence, given)) kinds.add('figure');
  for (const run of nameRuns(sentence, names)) {
    if (!saysMore(run[run.length - 1]!.raw, given)) continue;
    kinds.add('actor');
    if (PLACE_BEFORE.test(sentence.slice(0, run[0]!.start))) kinds.add('place');
  }
  return kinds;
}

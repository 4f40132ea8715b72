import { memoized } from '../shared/text/memo.js';
import { processTerm } from '../shared/text/search-terms.js';
import { isSearchStopWord } from '../shared/text/stop-words.js';
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

/** Dates written in words alone; the rest need a digit, and most sentences have none. */
const WORD_DATES: readonly RegExp[] = [
  // Capitalised only: a lower-case "may" or "march" is a verb.
  new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\b`, 'g'),
  /\b(?:yesterday|today|tomorrow|(?:last|next|this|past|coming|previous|following)\s+(?:week|month|year|spring|summer|autumn|fall|winter|decade))\b/gi,
];
const DATES: readonly RegExp[] = [...WORD_DATES, new RegExp(`\\b(?:${MONTH_ABBREVIATIONS})\\.?\\s+\\d{1,2}\\b`, 'g'), YEAR];

/**
 * A number written in digits, with its currency sign: not part of a name or a code ("G7", "2+2",
 * "COVID-19", "5G"), nor a footnote marker ("[16]").
 */
const NUMBER = /(?<![\p{L}\p{N}[+.,-])[$€£¥]?\d[\d,]*(?:\.\d+)?(?![\p{L}\p{N}\]+]|[.,]\d)/gu;
/** Number words that count things ("six working groups"); "one" is left out of figures, where it is mostly a pronoun. */
const CARDINALS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen';
const NUMBER_WORD = new RegExp(`\\b(?:${CARDINALS}|thousand|million|billion|trillion|half|twice|percent)s?\\b`, 'gi');
const COUNT = new RegExp(`^(?:\\d[\\d,.]*|one|${CARDINALS})$`, 'i');

/** Whether a word is a number as a count is written: in digits, or a number word ("Six working groups"). */
export function isCount(word: string): boolean {
  return COUNT.test(word);
}

const WHOLE_YEAR = new RegExp(`^${YEAR.source}$`);
const AMOUNT_AFTER = /^\s*(?:%|percent|per cent|million|billion|trillion)/i;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`);

/**
 * A place is a name after a preposition of place that ends its phrase: "in Busan, South Korea",
 * "at Camp David on …", "in the Indo-Pacific region" — not "in American Rescue Plan funding",
 * where the name only describes the noun after it.
 */
const PLACE_BEFORE = /\b(?:in|at|near|across|throughout|within|inside|outside|around)\s+(?:the\s+)?$/i;
const PLACE_NOUN = /^(?:region|area|city|state|province|prefecture|islands?|peninsula|strait|sea|coast|border|port)$/;

function endsPhrase(after: string): boolean {
  const next = /^\s*([\p{L}'’]+)/u.exec(after)?.[1];
  return next === undefined || !/^\p{Ll}/u.test(next) || isSearchStopWord(next) || PLACE_NOUN.test(next);
}

/**
 * A sentence that says what something the question names is: the name introduced with its
 * acronym ("… Partnership (JUCIP)"), or the name before a copula and a description ("(JUCIP) is
 * the primary mechanism", "export controls are an essential tool", "refers to", "stands for").
 */
const INTRODUCED = /\((\p{Lu}[\p{L}\p{N}&-]*\p{Lu}[\p{L}\p{N}&-]*)\)/gu;
const DESCRIBED = /([\p{L}\p{N}&’'-]+)\)?\s+(?:(?:is|are|was|were)\s+(?:a|an|the)\s|refers?\s+to\b|stands?\s+for\b|means\b)/gu;

/** The terms of each word a sentence introduces with its acronym or describes after a copula. */
function definedTerms(sentence: string): string[][] {
  if (!/\(|\b(?:is|are|was|were|refers?|stands?|means)\b/.test(sentence)) return [];
  return [INTRODUCED, DESCRIBED].flatMap((pattern) => [...sentence.matchAll(pattern)].map((match) => termsOf(match[1]!)));
}

/** A word as the search tokenizer reads one (search-terms.ts), without its Japanese handling: names and numbers here are Latin. */
const WORD = /[\p{L}\p{N}]+(?:[&+.'’-][\p{L}\p{N}]+)*\.?/gu;

interface Token {
  raw: string;
  start: number;
  end: number;
}

/** The search terms of a few words (search-terms.ts's `terms`, without its cost for whole texts). */
function termsOf(text: string): string[] {
  return [...text.matchAll(WORD)].flatMap((match) => {
    const term = processTerm(match[0]);
    return term === null ? [] : term;
  });
}

/** The few characters before `at`: enough for the words a pattern looks back on, without rescanning the sentence. */
const just = (sentence: string, at: number) => sentence.slice(Math.max(0, at - 24), at);

const isAcronym = (raw: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]+\.?$/u.test(raw);
const bare = (raw: string) => raw.replace(/\.$/, '');

/** A run of capitalised words in a sentence, as far as the question need not be known to tell. */
interface NameRun {
  /** The sentence's first word when the run starts with it: a name only if the passage says so. */
  initial: string | null;
  /** The terms of the run's last word. */
  head: readonly string[];
  /** Whether the run goes on after its first word. */
  longer: boolean;
  /** Whether it stands after a preposition of place and ends its phrase, with or without its first word. */
  place: boolean;
  placeWithoutInitial: boolean;
}

/** What a sentence holds, whatever the question: the terms of each date, figure and name it writes. */
interface SentenceMentions {
  dates: readonly string[][];
  figures: readonly string[][];
  runs: readonly NameRun[];
  /** Its capitalised words after the first, full stop dropped. */
  capitalsInside: readonly string[];
  /** The terms of the words it says what they are (definedTerms). */
  defined: readonly string[][];
}

function dateTerms(sentence: string): string[][] {
  const patterns = /\d/.test(sentence) ? DATES : WORD_DATES;
  return patterns.flatMap((pattern) => [...sentence.matchAll(pattern)].map((match) => termsOf(match[0])));
}

function figureTerms(sentence: string): string[][] {
  const found: string[][] = [];
  const numbers = /\d/.test(sentence) ? sentence.matchAll(NUMBER) : [];
  for (const match of numbers) {
    const before = just(sentence, match.index);
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 24);
    const year = WHOLE_YEAR.test(match[0]) && !AMOUNT_AFTER.test(after);
    const day = MONTH_BEFORE.test(before) || MONTH_AFTER.test(after);
    if (!year && !day) found.push(termsOf(match[0]));
  }
  for (const match of sentence.matchAll(NUMBER_WORD)) {
    // "The two nations", "the three sides" point back at things already named; they count nothing.
    if (!/\bthe\s+$/i.test(just(sentence, match.index))) found.push(termsOf(match[0]));
  }
  return found;
}

function nameRuns(sentence: string, tokens: readonly Token[]): NameRun[] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((token, index) => {
    const name = /^\p{Lu}/u.test(token.raw) && !CALENDAR_WORD.test(token.raw);
    const joined = index > 0 && /^\s+$/.test(sentence.slice(tokens[index - 1]!.end, token.start));
    if (!name || !joined) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (name) run.push(token);
  });
  if (run.length > 0) runs.push(run);
  const placeOf = (from: Token, to: Token) => PLACE_BEFORE.test(just(sentence, from.start)) && endsPhrase(sentence.slice(to.end, to.end + 24));
  return runs.map((words): NameRun => {
    const last = words[words.length - 1]!;
    const initial = words[0] === tokens[0] && !isAcronym(words[0]!.raw) ? bare(words[0]!.raw) : null;
    const rest = words.length > 1 ? words[1]! : null;
    return {
      initial,
      head: termsOf(last.raw),
      longer: rest !== null,
      place: placeOf(words[0]!, last),
      placeWithoutInitial: rest !== null && placeOf(rest, last),
    };
  });
}

const analyse: (sentence: string) => SentenceMentions = memoized(20_000, (sentence) => {
  const tokens = [...sentence.matchAll(WORD)].map((match): Token => ({ raw: match[0], start: match.index, end: match.index + match[0].length }));
  return {
    dates: dateTerms(sentence),
    figures: figureTerms(sentence),
    runs: nameRuns(sentence, tokens),
    capitalsInside: tokens.slice(1).filter((token) => /^\p{Lu}/u.test(token.raw)).map((token) => bare(token.raw)),
    defined: definedTerms(sentence),
  };
});

/**
 * The capitalised words a passage writes inside its sentences: they are names wherever they
 * stand. A sentence's first word is capitalised by grammar, so it counts as a name only when the
 * passage also writes it capitalised elsewhere ("Biden"), or it is an acronym ("CFIUS").
 */
export function namesWrittenInside(sentences: readonly string[]): Set<string> {
  return new Set(sentences.flatMap((sentence) => analyse(sentence).capitalsInside));
}

/**
 * The kinds of answer `sentence` holds that the question does not give (`given`: a term of the
 * question or one it matched). `names` are the passage's names (namesWrittenInside). A name counts
 * by its last word, which English names and titles end on: a question about "the Nippon Steel
 * deal" gives "U.S. Steel", not "President Joe Biden".
 */
export function answerMentions(sentence: string, names: ReadonlySet<string>, given: (term: string) => boolean): Set<AnswerKind> {
  const { dates, figures, runs, defined } = analyse(sentence);
  const saysMore = (mention: readonly string[]) => mention.some((term) => !given(term));
  const kinds = new Set<AnswerKind>();
  if (defined.some((terms) => terms.some(given))) kinds.add('definition');
  if (dates.some(saysMore)) kinds.add('date');
  if (figures.some(saysMore)) kinds.add('figure');
  for (const run of runs) {
    const whole = run.initial === null || names.has(run.initial);
    if ((!whole && !run.longer) || !saysMore(run.head)) continue;
    kinds.add('actor');
    if (whole ? run.place : run.placeWithoutInitial) kinds.add('place');
  }
  return kinds;
}

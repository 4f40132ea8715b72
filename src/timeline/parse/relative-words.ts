/**
 * Dates counted from the document's own date: "last week", "next month", "tomorrow's summit",
 * "on Monday", "two days ago", "earlier this year", "coming July", "announced last year". Read here
 * with plain patterns rather than left to chrono-node, which reads most of them but gets them wrong
 * for a timeline (each case is pinned in test/timeline/relative-dates.test.ts):
 * - "last week" comes back as one certain day (the Monday), though the text names no day;
 * - "on Monday" is the nearest Monday whatever the tense ("we met on Monday" dated next Monday);
 * - "coming July", "last July" lose their first word and read as a bare "July";
 * - "the leaders of tomorrow" is a date;
 * - it counts in the machine's local time zone, so a day can shift with the server.
 * These only recognise the words; count-from-document.ts works out the date, in UTC calendar days.
 */

export type Unit = 'day' | 'week' | 'month' | 'year';

/** What a phrase says, before it is counted from a date. */
export type RelativeShift =
  /** "two days ago" (-2 day, ago), "next month" (+1 month), "this week" (0 week). */
  | { kind: 'shift'; unit: Unit; amount: number; ago?: boolean }
  /** "on Monday" (tense decides), "last Monday", "next Thursday", "this Thursday" (the document's week). 0 is Sunday. */
  | { kind: 'weekday'; weekday: number; direction: 'last' | 'next' | 'this' | 'tense' }
  /** "coming July", "last July", "this July": a month named with the direction to count. */
  | { kind: 'month'; month: number; direction: 'last' | 'next' | 'this' };

export interface RelativeHit {
  index: number;
  text: string;
  shift: RelativeShift;
}

const NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.entries({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 }),
);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "not just this year, not next year — forever": a year denied is no date. */
const NEGATED = /\bnot\s+(?:just\s+|only\s+|even\s+)?$/i;
const OFFSET: ReadonlyMap<string, number> = new Map([['last', -1], ['this', 0], ['next', 1]]);

interface Rule {
  pattern: RegExp;
  read: (match: RegExpMatchArray, before: string) => RelativeShift | null;
}

const RULES: Rule[] = [
  {
    // "yesterday", "tomorrow's Quad Summit"; not "the leaders of tomorrow", which names no day.
    pattern: /\b(yesterday|tomorrow)\b/gi,
    read: (m, before) => (/\bof\s+$/i.test(before) ? null : { kind: 'shift', unit: 'day', amount: m[1]!.toLowerCase() === 'yesterday' ? -1 : 1 }),
  },
  {
    // "last week", "later this week", "this weekend", "next month", "earlier this month". Not "the
    // last month" or "in the past week", which are spans ending now rather than a named week.
    pattern: /\b(?:(?:earlier|later)\s+)?(this|last|next)\s+(week(?:end)?|month)\b(?!['’]s)/gi,
    read: (m, before) => (/\b(?:the|in|over|during|for)\s+$/i.test(before) && !/^(?:earlier|later)/i.test(m[0])
      ? null
      : { kind: 'shift', unit: m[2]!.toLowerCase() === 'month' ? 'month' : 'week', amount: OFFSET.get(m[1]!.toLowerCase()) ?? 0 }),
  },
  {
    // "announced last year", "earlier this year", "next year". "last year's" is read with the
    // seasons (phrase-parsers.ts); "the last year" is the twelve months up to now, no year.
    pattern: /\b(?:(?:earlier|later)\s+)?(this|last|next)\s+year\b(?!['’]s)/gi,
    read: (m, before) => (NEGATED.test(before) || (/\b(?:the|over|during|for|past)\s+$/i.test(before) && !/^(?:earlier|later)/i.test(m[0]))
      ? null
      : { kind: 'shift', unit: 'year', amount: OFFSET.get(m[1]!.toLowerCase()) ?? 0 }),
  },
  {
    // "two days ago", "six weeks ago", "a year ago"; not "a few weeks ago" or "over three years
    // ago", which give no date to count.
    // "one year ago this week" is one phrase: the week a year back, not this week.
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?\s+ago(?:\s+this\s+(?:week|month))?\b/gi,
    read: (m, before) => {
      if (/\b(?:over|more than|nearly|almost|about|some|roughly|around|just under|less than)\s+$/i.test(before)) return null;
      const amount = NUMBERS.get(m[1]!.toLowerCase()) ?? Number(m[1]);
      return { kind: 'shift', unit: m[2]!.toLowerCase() as Unit, amount: -amount, ago: true };
    },
  },
  {
    // "on Monday", "last Thursday", "this coming Friday": a weekday with a word that points to it
    // (weekdays and months are capitalised; the word before may open the sentence).
    pattern: new RegExp(String.raw`\b([Oo]n|[Ll]ast|[Nn]ext|[Tt]his(?:\s+coming|\s+past)?|[Cc]oming|[Pp]ast)\s+(${WEEKDAYS.join('|')})\b`, 'g'),
    read: (m) => {
      const word = m[1]!.toLowerCase();
      const direction = word === 'on' ? 'tense' : /last|past/.test(word) ? 'last' : word === 'this' ? 'this' : 'next';
      return { kind: 'weekday', weekday: WEEKDAYS.indexOf(m[2]!), direction };
    },
  },
  {
    // "coming July", "next March", "last November", "this past May", "this July".
    pattern: new RegExp(String.raw`\b([Tt]his\s+coming|[Cc]oming|[Nn]ext|[Tt]his\s+past|[Pp]ast|[Ll]ast|[Tt]his)\s+(${MONTHS.join('|')})\b(?!\s+\d)`, 'g'),
    read: (m) => {
      const word = m[1]!.toLowerCase();
      const direction = /coming|next/.test(word) ? 'next' : /past|last/.test(word) ? 'last' : 'this';
      return { kind: 'month', month: MONTHS.indexOf(m[2]!) + 1, direction };
    },
  },
];

/** Every relative date phrase in a sentence, in order; overlapping matches keep the longer. */
export function findRelativeWords(text: string): RelativeHit[] {
  const hits: RelativeHit[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const index = match.index ?? 0;
      const shift = rule.read(match, text.slice(0, index));
      if (shift !== null) hits.push({ index, text: match[0], shift });
    }
  }
  hits.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return hits.filter((hit, i) => !hits.slice(0, i).some((other) => hit.index < other.index + other.text.length));
}

/**
 * Figures of speech, not days: "Ukraine today may be East Asia tomorrow", "Ukraine may be East Asia
 * tomorrow" (a guess about the future, not a day), "did not exist 5 years ago, 10 years ago, 15
 * years ago" (a series of spans).
 */
export function isFigurative(sentence: string): boolean {
  if (/\btoday\b[^.;]*\btomorrow\b/i.test(sentence)) return true;
  if (/\b(?:may|might|could)\s+(?:well\s+)?be\b[^.;,]*\btomorrow\b/i.test(sentence)) return true;
  return (sentence.match(/\bago\b/gi)?.length ?? 0) >= 3;
}

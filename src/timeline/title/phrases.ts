import type { DateMention } from '../parse/dates.js';

/**
 * Noun phrases a date belongs to: "the April 2020 creation of an Economic Security Office",
 * "Holding Foreign Companies Accountable Act of 2020", "the export controls that were released
 * in October 2022" (meetings are in meeting.ts). Each returns the authors' words with the date
 * taken out, or null.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = String.raw`[A-Z](?:[\w’'-]|\.(?=\w))*`;
/** A name in title case: "Economic Security Promotion Act (ESPA)", "Nuclear Suppliers Group". */
const NAMED = String.raw`(?:${WORD}\s+(?:(?:of|and|for|on|the)\s+)?)*${WORD}(?:\s+\([A-Z][\w-]*\))?`;
/** Verbs that end a noun phrase the papers open with a date ("Moscow’s February 24 invasion of Ukraine shows …"). */
const ENDS_PHRASE = String.raw`(?:and|which|that|will|would|is|was|were|has|had|shows|looms|draws|remains|serves|served|provides|means|marks|makes|suggests)\b`;
/** Words a relative clause's noun phrase does not reach back past ("… aligning its priorities with | the US Bureau …"). */
const PHRASE_START = new Set(['on', 'with', 'to', 'from', 'by', 'at', 'for', 'in', 'against', 'than', 'as', 'between', 'over', 'under']);

/**
 * The text without the date's words and the preposition leading into them. A possessive date
 * ("November’s EPCC") and a season stay, and a year naming a thing loses only itself ("the 2020
 * report" → "the report"), so what is left still reads.
 */
export function withoutDate(text: string, mention: Pick<DateMention, 'text' | 'adjectival' | 'qualifier'>): string {
  // "in this year’s autumn Diet session", "later this spring": a season is part of what is said.
  if (mention.qualifier !== null && mention.qualifier !== 'end of' && mention.qualifier !== 'by') return text;
  const date = escape(mention.text);
  const pattern = mention.adjectival
    ? new RegExp(String.raw`\b${date}\s+`)
    : new RegExp(
        String.raw`,?\s*\b(?:(?:at\s+)?(?:starting in|beginning in|some point in|in|on|at|during|throughout|by|since)\s+)?(?:the\s+)?${date}(?!['’]s\b),?`,
        'i',
      );
  return text.replace(pattern, ' ').replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}

/** "the April 2020 creation of …", "China’s 2010 rare earths embargo", "this year’s new Economic Security Law". */
export function datedNounPhrase(sentence: string, mention: DateMention): string | null {
  const before = sentence.slice(0, mention.index);
  const determiner = /(?:\b(?:the|its|their|successor)|((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s))\s+$/.exec(before);
  const ownPossessive = /['’]s\b/.test(mention.text); // "this year's"
  if ((!determiner && !ownPossessive) || mention.qualifier !== null) return null; // a season reads better in its clause
  const after = sentence.slice(mention.index + mention.text.length).replace(/^\s*(?:spring|summer|autumn|fall|winter)\b/i, '');
  const named = new RegExp(String.raw`^\s+(${NAMED})`).exec(after)?.[1];
  const plain = new RegExp(String.raw`^\s+((?:${NAMED}\s+)?[a-z][^,;:—.]*?)(?=\s*(?:[,;:—.]|\s${ENDS_PHRASE}|$))`).exec(after)?.[1];
  const phrase = named !== undefined && named.includes(' ') ? named : (plain ?? named);
  // One plain word ("the 2020 report") says too little: the clause around it says more.
  if (phrase === undefined || phrase.split(' ').length > 12 || /^[a-z]+$/.test(phrase)) return null;
  return determiner?.[1] ? `${determiner[1]} ${phrase}` : phrase;
}

/** "Holding Foreign Companies Accountable Act of 2020", "the International Emergency Economic Powers Act (IEEPA) of 1977". */
export function namedBeforeYear(sentence: string, mention: DateMention): string | null {
  if (!/^of\s/i.test(mention.text)) return null;
  return new RegExp(String.raw`(${NAMED})\s*$`).exec(sentence.slice(0, mention.index))?.[1] ?? null;
}

/**
 * "the US Bureau of Industry and Security export controls that were released in October 2022" →
 * "the US Bureau of Industry and Security export controls released"; "Export Administration
 * Regulation (EAR) statutes that originally became law in 1979" likewise.
 */
export function relativeClausePhrase(sentence: string, mention: DateMention): string | null {
  const before = sentence.slice(0, mention.index);
  const match = /\s(?:that|which)\s+((?:\w+ly\s+)?(?:(?:was|were|had been|has been|is|are)\s+\w+|became law|took effect))(?:\s+(?:in|on))?\s*$/.exec(before);
  if (!match) return null;
  const words = before.slice(0, match.index).split(/\s+/);
  const noun: string[] = [];
  for (let i = words.length - 1; i >= 0 && noun.length < 10; i--) {
    const word = words[i] ?? '';
    if (PHRASE_START.has(word.toLowerCase()) || /[,;:]$/.test(word)) break;
    noun.unshift(word);
  }
  if (noun.length === 0) return null;
  return `${noun.join(' ')} ${(match[1] ?? '').replace(/^(?:was|were|had been|has been|is|are)\s+/, '')}`;
}

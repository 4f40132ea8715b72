import type { DateMention } from '../parse/dates.js';
import { withoutDate } from './phrases.js';

/**
 * The clause that holds a date, cut to what happened: "In remarks at Temple University, Japan
 * Campus in September 2023, Deputy Secretary of Commerce Don Graves also underscored …" → "Deputy
 * Secretary of Commerce Don Graves also underscored …"; "When former Japanese Prime Minister
 * Yoshihide Suga visited Washington in April 2021, his headline announcement …" → "former
 * Japanese Prime Minister Yoshihide Suga visited Washington".
 */

const BREAK = /;|\s[—–]\s|—|,\s+(?:while|whereas|but|after which|although|though|where)\b|\s+(?:while|after which)\s+/g;
/** Ends a clause before a date but not after one: "…, with implementation to be phased in starting in April 2023". */
const BREAK_BEFORE = /,\s+with\b/g;
// An introduction holds no auxiliary verb ("In 2020 the Unit was established with …: a, b," is a
// clause), and does not end inside a list ("In 2014 the United States, Japan, and the EU …").
const INTRO =
  /^(?:In|On|At|During|Throughout|[Ff]ollowing|[Aa]fter|Under|Despite|[Uu]pon|For|As|[Ww]ith|[Ww]hen|Once|By|Thus|Prior|More|Meanwhile|Importantly|Furthermore|However|Moreover|Subsequently|Instead|Overall|Finally|Earlier|Later|Now|Similarly|Regarding|Beyond|Concerned)\b(?:(?!\b(?:was|were|is|are|has|have|had|will)\b)[^,:;]){0,140},\s+(?!(?:[\w.’'-]+\s){0,3}[\w.’'-]+,\s+(?:and|or)\s)/;
/** Introductions that tell an event of their own: "When X visited Washington in April 2021, …". */
const SUBORDINATE = /^(?:When|After|Upon|As|With|Once|Following|By)\s+/i;
const PRONOUN_SUBJECT = /^(?:she|he|they|it|we|i|their|his|her|its)\b/i;
const INNER_SUBORDINATOR = /\b(?:after|when|before|since|during)\s+(?=\S)/gi;

function bounds(sentence: string, mention: DateMention): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(BREAK)) {
    const at = match.index ?? 0;
    if (at + match[0].length <= mention.index) from = Math.max(from, at + match[0].length);
    else if (at >= mention.index + mention.text.length && at < to) to = at;
  }
  for (const match of sentence.matchAll(BREAK_BEFORE)) {
    const at = (match.index ?? 0) + match[0].length;
    if (at <= mention.index) from = Math.max(from, at - 'with'.length);
  }
  return [from, to];
}

/** "The resulting bill—which was approved …" → "The resulting bill was approved …". */
function antecedent(sentence: string, from: number, clause: string): string {
  if (!/^(?:which|that|who)\s/i.test(clause)) return clause;
  const noun = /\b((?:the|a|an|this|its|their)\s+[^,;—]{1,60}?)\s*[—,]?\s*$/i.exec(sentence.slice(0, from))?.[1];
  return noun === undefined ? clause : `${noun} ${clause.replace(/^(?:which|that|who)\s+/i, '')}`;
}

/**
 * An introduction holding the date is the event when it has a subject of its own ("When former
 * Prime Minister Suga visited Washington") or says what was done ("By launching the new EPCC
 * initiative"); "Upon becoming prime minister" leaves the event to the main clause.
 */
function introEvent(intro: string): string | null {
  if (!SUBORDINATE.test(intro)) return null;
  const inner = intro.replace(SUBORDINATE, '').replace(/,\s*$/, '');
  if (PRONOUN_SUBJECT.test(inner)) return null;
  const gerund = /^\w+ing\b/.test(inner);
  return gerund === /^By\s/i.test(intro) ? inner : null;
}

/** What is left once the date has been found inside the clause (not in its introduction). */
function aroundDate(sentence: string, from: number, clause: string, index: number, mention: DateMention): string {
  let cut = 0;
  for (const match of clause.slice(0, index).matchAll(INNER_SUBORDINATOR)) cut = (match.index ?? 0) + match[0].length;
  const text = clause.slice(cut);
  const at = index - cut;
  const lead = text.slice(0, at).replace(/\s+(?:in|on|at)\s*$/, '').trim();
  const rest = text.slice(at + mention.text.length);
  if (/^,\s/.test(rest)) {
    // "Japan Campus in September 2023, Deputy Secretary …": a place and the date open the clause.
    if (/^(?:[A-Z][\w’'-]*\s*){1,6}$/.test(lead)) return antecedent(sentence, from, rest.replace(/^,\s*/, ''));
    // "The White House’s Indo-Pacific Strategy, launched in 2022, lauded …": the thing and what was done.
    const participle = /^(.+?),\s+(\w+ed)$/.exec(lead);
    if (participle) return `${participle[1]} ${participle[2]}`;
  }
  return withoutDate(antecedent(sentence, from, text), mention);
}

export function clauseTitle(sentence: string, mention: DateMention): string {
  const [from, to] = bounds(sentence, mention);
  let clause = sentence.slice(from, to);
  let index = mention.index - from;
  for (let intro = INTRO.exec(clause); intro; intro = INTRO.exec(clause)) {
    if (index >= 0 && index < intro[0].length) {
      const own = introEvent(intro[0]);
      if (own !== null) return withoutDate(own, mention);
      index = -1; // the date was in the introduction, now gone
    } else if (index >= 0) {
      index -= intro[0].length;
    }
    clause = clause.slice(intro[0].length);
  }
  return index >= 0 ? aroundDate(sentence, from, clause, index, mention) : antecedent(sentence, from, clause);
}

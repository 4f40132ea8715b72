import type { DateMention } from '../parse/dates.js';
import { clauseTitle } from './clause.js';
import { meetingPhrase } from './meeting.js';
import { datedNounPhrase, namedBeforeYear, relativeClausePhrase } from './phrases.js';

/**
 * A short title drawn from the sentence that tells an event: the authors' words, cut down, never
 * new ones. In order: the thing the date names ("the April 2020 creation of …"), the meeting it
 * belongs to, the law "of 2020", else the clause that holds it.
 */

const MAX_WORDS = 14;
/** Japanese titles have no spaces to count words by. */
const MAX_CHARS = 110;
const LEADING = /^(?:and|but|so|then|that|which|with|also|meanwhile|moreover|however|importantly|subsequently)(?=[\s,])[\s,]*/i;
const TRAILING = /[\s,;:—–-]+(?:and|or|the|a|an|of|to|in|on|for|with|by|at|as|its|their)?$/i;

function tidy(text: string): string {
  let title = text.replace(/\s+/g, ' ').replace(LEADING, '').trim();
  const words = title.split(' ');
  if (words.length > MAX_WORDS) title = `${words.slice(0, MAX_WORDS).join(' ').replace(TRAILING, '')}…`;
  if (title.length > MAX_CHARS) title = `${title.slice(0, MAX_CHARS - 10).replace(TRAILING, '')}…`;
  title = title.replace(/[\s,;:.]+$/, '').replace(/^[,;:\s]+/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

export function titleFromSentence(sentence: string, mention: DateMention): string {
  const phrase =
    meetingPhrase(sentence, mention) ??
    datedNounPhrase(sentence, mention) ??
    namedBeforeYear(sentence, mention) ??
    relativeClausePhrase(sentence, mention);
  return tidy(phrase ?? clauseTitle(sentence, mention));
}

/**
 * A note's title: the quoted or italic title of the source the date belongs to (a quote the
 * source forgot to close runs to the date or the sentence's end), else the note's first words.
 */
export function titleFromNote(note: string, mention: DateMention): string {
  let offset = 0;
  let segment = note;
  let index = mention.index;
  for (const part of note.split(/;\s+/)) {
    if (mention.index >= offset && mention.index < offset + part.length + 2) [segment, index] = [part, mention.index - offset];
    offset += part.length + 2;
  }
  const italic = /\*([^*]{4,})\*/.exec(segment)?.[1];
  const open = segment.search(/[“"]/);
  let title: string;
  if (open >= 0) {
    const close = segment.slice(open + 1).search(/[”"]/);
    const stop = [close >= 0 ? open + 1 + close : -1, segment.indexOf('. ', open), index].filter((i) => i > open);
    title = segment.slice(open + 1, Math.min(...stop, segment.length));
  } else {
    title = italic ?? segment.split(/\.\s|。/)[0] ?? segment;
  }
  const cleaned = title.replace(mention.text, '').replace(/\s*\([^)]*,\s*\)/, '').replace(/^See,\s*/i, '');
  // "… confirmed as Chief Technology Officer in August 2019." loses its date, then its "in".
  return tidy(cleaned.replace(/[\s,.]+$/, '').replace(/\s+(?:in|on|at|of|by)$/, ''));
}

import type { DateMention } from '../parse/dates.js';
import { withoutDate } from './phrases.js';

/** Meetings, summits, visits and elections: the events the papers most often date. */

// "of" may sit inside a meeting's name ("the Group of Seven Hiroshima Summit"); other small words
// mean the phrase has run past one ("the US for a state visit").
const FUNCTION_WORD = String.raw`(?:the|a|an|for|to|with|in|on|at|by|and|from|that|which)\b`;
const MEETING = new RegExp(
  String.raw`\b(?:the|a|an|its|their)\s+(?:(?!${FUNCTION_WORD})[\w’'.+-]+\s+){0,6}?(?:meeting|summit|visit|videoconference|session|election)s?\b` +
    String.raw`(?:\s+(?:of|on|between|with|in)\s+[^,.;:—]+?(?=[,.;:—]|\s+(?:that|which|where|when|to|on|at|and|will|was|is|has|had|provides|draws|took)\b|\s*$))?`,
  'gi',
);
const MEETING_VERB = /\b(?:met|meet|meets|held|holds|hosted|hosts|attended|convened|gathered)\b/i;
const SCHEDULED = /\b(?:scheduled|set|due|planned|expected|held|take place|took place)\b/i;

/**
 * The meeting the date is part of ("the November 2024 US presidential election"), the one its
 * clause says people met for ("met … for the second meeting of the ministerial-level EPCC"), or
 * one named just before it ("the upcoming G7 trade ministers’ meeting in Sakai, Osaka, scheduled
 * to take place at the end of October").
 */
export function meetingPhrase(sentence: string, mention: DateMention): string | null {
  const start = mention.index;
  const end = start + mention.text.length;
  const found = [...sentence.matchAll(MEETING)].filter((m) => !/^(?:its|their)\s/i.test(m[0]));
  const at = (m: RegExpExecArray) => m.index ?? 0;
  const contains = found.find((m) => at(m) <= start && at(m) + m[0].length >= end);
  const follows = found.find((m) => {
    const between = sentence.slice(end, at(m));
    return at(m) >= end && MEETING_VERB.test(between) && !/[;—]|,\s+(?:while|but)\b|\.\s/.test(between);
  });
  const precedes = found.find((m) => {
    const between = sentence.slice(at(m) + m[0].length, start);
    const near = between.trim().length <= 20 || (between.length < 80 && SCHEDULED.test(between));
    return at(m) + m[0].length <= start && near && !/[;—]|\.\s/.test(between);
  });
  const match = contains ?? follows ?? precedes;
  if (!match) return null;
  // "met with President Biden at Camp David for the first Trilateral Summit": the place belongs to it.
  const place = match === follows ? / at ((?:[A-Z][\w’'-]*\s?){1,4})/.exec(sentence.slice(end, at(match)))?.[1]?.trim() : undefined;
  const phrase = withoutDate(match[0], mention);
  return place === undefined || phrase.includes(place) ? phrase : `${phrase} at ${place}`;
}


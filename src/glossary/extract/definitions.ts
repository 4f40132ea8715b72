import { align } from './align-letters.js';
import { longFormBefore, type SentenceRange } from './long-form.js';
import { matchWords, shortFormUnits } from './match-words.js';
import { separatedDefinitions } from './separated-forms.js';
import { blankMarkers, isAcronymShaped, isShortFormShaped, tokens } from '../../shared/text/acronym-tokens.js';
import type { Definition, SentenceRef } from '../types.js';

const PAREN = /\(([^()]*)\)/g;

/**
 * The definitions a sentence makes: "long form (SF)", "SF (long form)", "long form, or SF",
 * "long form — SF —", and the appositives "SF, the long form" and "SF, a … long form …" (Pryor
 * 2025: "AUKUS, a trilateral security partnership between Australia, the United Kingdom, and the
 * United States").
 */
export function definitionsIn(ref: SentenceRef): Definition[] {
  const text = blankMarkers(ref.sentence);
  const found: Definition[] = [];
  for (const paren of text.matchAll(PAREN)) {
    const inside = paren[1]!.trim();
    const parenStart = paren.index;
    const insideStart = parenStart + 1 + paren[1]!.indexOf(inside);
    if (isShortFormShaped(inside)) {
      const long = longFormBefore(text, parenStart, shortFormUnits(inside));
      if (long && acceptable(text, long, inside)) {
        found.push(make(ref, 'long-short', { start: insideStart, end: insideStart + inside.length }, long));
      }
      continue;
    }
    const before = /(\S+)\s*$/.exec(text.slice(0, parenStart));
    if (before && isAcronymShaped(before[1]!)) {
      const long = longFormInside(text, insideStart, inside, before[1]!);
      if (long) found.push(make(ref, 'short-long', { start: before.index, end: before.index + before[1]!.length }, long));
    }
  }
  for (const separated of separatedDefinitions(text)) {
    const shortForm = text.slice(separated.short.start, separated.short.end);
    if (acceptable(text, separated.long, shortForm)) found.push(make(ref, separated.pattern, separated.short, separated.long));
  }
  return [...found, ...appositives(ref, text)];
}

/** "NATO (North Atlantic Treaty Organization)": the parenthesis, "the" aside, is the long form. */
function longFormInside(text: string, insideStart: number, inside: string, shortForm: string): SentenceRange | null {
  const words = matchWords(inside, insideStart);
  const first = words.findIndex((word) => !word.stop);
  if (first < 0 || words.length - first < 2) return null;
  const rest = words.slice(first);
  if (align(shortFormUnits(shortForm), rest, { maxSkipped: 1, maxTrailing: 1, initialsOnly: false }) < 0) return null;
  const span = { start: rest[0]!.start, end: rest.at(-1)!.end };
  return acceptable(text, span, shortForm) ? span : null;
}

const APPOSITIVE = /^,\s+(?:a|an|the)\s/;
const CLAUSE_END = /[;:—–()]|$/;

function appositives(ref: SentenceRef, text: string): Definition[] {
  const found: Definition[] = [];
  for (const token of tokens(text)) {
    const units = shortFormUnits(token.text);
    if (!isAcronymShaped(token.text) || units.length < 3 || !APPOSITIVE.test(text.slice(token.end))) continue;
    const clauseStart = token.end + 1;
    const clause = text.slice(clauseStart);
    const words = matchWords(clause.slice(0, CLAUSE_END.exec(clause)!.index), clauseStart).slice(0, 30);
    for (let s = 0; s < words.length; s++) {
      const last = align(units, words.slice(s), { maxSkipped: 0, maxTrailing: words.length, initialsOnly: true });
      if (last < 0) continue;
      found.push(make(ref, 'appositive', token, { start: words[s]!.start, end: words[s + last]!.end }));
      break;
    }
  }
  return found;
}

/** Characters no name is written with: a long form holding one is garbled in the source ("Japan-U.S> Commercial…", Jacobs 2023, note 14). */
const STRAY = /[<>{}|\\*_=#@^~]/;

/** At least two real words, not the short form itself, nothing garbled. */
function acceptable(text: string, span: SentenceRange, shortForm: string): boolean {
  const long = text.slice(span.start, span.end);
  if (STRAY.test(long)) return false;
  const content = matchWords(long).filter((word) => !word.stop);
  return content.length >= 2 && !long.includes(shortForm);
}

/** Both forms are cut from the sentence itself, so they are the paper's words exactly. */
function make(ref: SentenceRef, pattern: Definition['pattern'], shortSpan: SentenceRange, longSpan: SentenceRange): Definition {
  return { ...ref, shortForm: ref.sentence.slice(shortSpan.start, shortSpan.end), longForm: ref.sentence.slice(longSpan.start, longSpan.end), pattern };
}

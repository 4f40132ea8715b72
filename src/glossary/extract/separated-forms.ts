import { longFormBefore } from './long-form.js';
import { shortFormUnits } from './match-words.js';
import { isShortFormShaped } from '../../shared/text/acronym-tokens.js';
import type { SentenceRange } from './long-form.js';

/** A long form and the short form set after it, as offsets in the sentence. */
export interface SeparatedDefinition {
  pattern: 'long-or-short' | 'long-dash-short';
  short: SentenceRange;
  long: SentenceRange;
}

/** What may end a short form set off after its long form: a dash, punctuation, or the end. */
const AFTER = String.raw`(?=\s*(?:[—–,.;:)!?]|$))`;
const SHORT = String.raw`([A-Z][\p{L}\d&+.\-]{1,11})`;
// "the Indo-Pacific Economic Framework, or IPEF, …": speeches and press calls name a thing this way.
const OR_SHORT = new RegExp(String.raw`,\s+or\s+${SHORT}${AFTER}`, 'gu');
// "the Indo-Pacific Economic Framework — IPEF — …", "… Investment — PGII.", "… Framework – IPEF": a transcript's parentheses.
const DASH_SHORT = new RegExp(String.raw`\s*[—–]\s*${SHORT}${AFTER}`, 'gu');

/**
 * "Long Form, or SF" and "Long Form — SF —": the short form set off by a comma-or or a dash instead
 * of parentheses. The long form is found as for "(SF)": the words before, up to the clause start,
 * that the short form's letters can be read off — so "semiconductors, batteries, or EVs" defines
 * nothing, while "electric vehicles, or EVs" does.
 */
export function separatedDefinitions(text: string): SeparatedDefinition[] {
  const found: SeparatedDefinition[] = [];
  for (const [pattern, regex] of [['long-or-short', OR_SHORT], ['long-dash-short', DASH_SHORT]] as const) {
    for (const match of text.matchAll(regex)) {
      const shortForm = match[1]!.replace(/\.$/, '');
      if (!isShortFormShaped(shortForm)) continue;
      const shortStart = match.index + match[0].lastIndexOf(match[1]!);
      const long = longFormBefore(text, match.index, shortFormUnits(shortForm));
      if (long) found.push({ pattern, short: { start: shortStart, end: shortStart + shortForm.length }, long });
    }
  }
  return found;
}

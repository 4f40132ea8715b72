import { sameMeaning } from './same-meaning.js';
import { acronymKey } from '../../shared/text/name-keys.js';
import { singular, undotted } from '../../shared/text/acronym-tokens.js';
import type { Definition } from '../types.js';

/** The definitions of one meaning of one acronym, earliest paper first. */
export interface Sense {
  key: string;
  acronym: string;
  definitions: Definition[];
}

/**
 * Group definitions into meanings: same short form (plural and dots aside) and the same long
 * form by `sameMeaning`. An acronym with two meanings becomes two senses, each with its sources.
 * An appositive only counts where no paper defines the acronym outright.
 */
export function senses(definitions: readonly Definition[]): Sense[] {
  const outright = new Set(definitions.filter((d) => d.pattern !== 'appositive').map((d) => acronymKey(d.shortForm)));
  const out: Sense[] = [];
  for (const definition of definitions) {
    const key = acronymKey(definition.shortForm);
    if (definition.pattern === 'appositive' && outright.has(key)) continue;
    const sense = out.find((s) => s.key === key && s.definitions.some((d) => sameMeaning(d.longForm, definition.longForm)));
    if (sense) sense.definitions.push(definition);
    else out.push({ key, acronym: '', definitions: [definition] });
  }
  return out.map((sense) => ({ ...sense, acronym: headword(sense.definitions.map((d) => d.shortForm)) }));
}

/** The most frequent singular spelling, the first written on a tie. */
export function headword(written: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const form of written) counts.set(singular(undotted(form)), (counts.get(singular(undotted(form))) ?? 0) + 1);
  let best = '';
  for (const [form, count] of counts) if (count > (counts.get(best) ?? 0)) best = form;
  return best;
}

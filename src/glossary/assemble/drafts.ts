import { withoutLeadingCountries } from '../countries.js';
import type { Names } from '../extract/mentions.js';
import type { Sense } from './senses.js';
import type { Alias, CuratedText, Definition } from '../types.js';

/** An entry while the glossary is being built. */
export interface Draft {
  /** Provisional and unique within one build; entries get their final ids at the end. */
  id: string;
  /** acronymKey(acronym): what short forms are compared by. */
  key: string;
  acronym: string;
  definitions: Definition[];
  aliases: Alias[];
  /** Short forms as written in the papers ("APIs", "U.S."). */
  written: string[];
  misspellings: string[];
  curated: CuratedText | null;
}

export function draftFromSense(sense: Sense, id: string): Draft {
  return {
    id,
    key: sense.key,
    acronym: sense.acronym,
    definitions: sense.definitions,
    aliases: [],
    written: distinct(sense.definitions.map((d) => d.shortForm)),
    misspellings: [],
    curated: null,
  };
}

export function longFormsOf(draft: Pick<Draft, 'definitions'>): string[] {
  return distinct(draft.definitions.map((d) => d.longForm));
}

/** What running text may call the draft. A curated expansion is the team's, not the papers', so it is not one. */
export function namesOf(draft: Draft): Names {
  const longForms = longFormsOf(draft);
  const cores = longForms.map(withoutLeadingCountries).filter((core): core is string => core !== undefined);
  return {
    id: draft.id,
    written: distinct([draft.acronym, ...draft.written, ...draft.misspellings]),
    longForms: distinct([...longForms, ...cores]),
    aliases: distinct(draft.aliases.map((a) => a.text)),
  };
}

export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

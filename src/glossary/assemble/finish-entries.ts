import { distinct, longFormsOf, type Draft } from './drafts.js';
import { blankMarkers } from '../../shared/text/acronym-tokens.js';
import type { Definition, GlossaryEntry, Usage } from '../types.js';

/**
 * Drafts → entries, sorted by acronym, a defined meaning before a curated one. Ids are the
 * acronym, with " (2)" for a second meaning, so they read well in buttons and logs.
 */
export function finishEntries(drafts: readonly Draft[], usage: ReadonlyMap<string, Usage[]>, spellings: ReadonlyMap<string, string[]>): GlossaryEntry[] {
  const sorted = [...drafts].sort(
    (a, b) =>
      a.acronym.toLowerCase().localeCompare(b.acronym.toLowerCase()) ||
      Number(b.definitions.length > 0) - Number(a.definitions.length > 0) ||
      (usage.get(b.id)?.length ?? 0) - (usage.get(a.id)?.length ?? 0),
  );
  const seen = new Map<string, number>();
  return sorted.map((draft) => {
    const n = (seen.get(draft.key) ?? 0) + 1;
    seen.set(draft.key, n);
    return {
      id: n === 1 ? draft.acronym : `${draft.acronym} (${n})`,
      acronym: draft.acronym,
      defined: draft.definitions.length > 0,
      definitions: onePerPaper(draft.definitions),
      longForms: distinctIgnoringCase([...longFormsOf(draft), ...(spellings.get(draft.id) ?? [])]),
      aliases: dedupeAliases(draft),
      spellings: distinct(draft.written.filter((form) => form !== draft.acronym)),
      misspellings: draft.misspellings,
      usage: usage.get(draft.id) ?? [],
      curated: draft.curated,
    };
  });
}

/**
 * One definition per long form per paper, the best sentence for it: a real sentence over a
 * heading the loader left in a passage (Jacobs 2023 has the JUCIP heading, then the sentence).
 */
function onePerPaper(definitions: readonly Definition[]): Definition[] {
  const isSentence = (d: Definition) => /[.?!]["”’)\]]*$/.test(blankMarkers(d.sentence).trim());
  const kept: Definition[] = [];
  for (const definition of definitions) {
    const twin = kept.findIndex((k) => k.doc === definition.doc && k.longForm === definition.longForm);
    if (twin < 0) kept.push(definition);
    else if (!isSentence(kept[twin]!) && isSentence(definition)) kept[twin] = definition;
  }
  return kept;
}

function distinctIgnoringCase(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(value.toLowerCase()) && seen.add(value.toLowerCase()));
}

/** One alias per wording per paper: the first place it is introduced. */
function dedupeAliases(draft: Draft): Draft['aliases'] {
  const seen = new Set<string>();
  return draft.aliases.filter((alias) => {
    const key = `${alias.doc}\u0000${alias.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

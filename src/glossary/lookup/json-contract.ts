import { lookup } from './lookup-term.js';
import type { Glossary, GlossaryEntry } from '../types.js';

/**
 * The CLI's JSON contract: `briefbot acronym <term> --json` and `briefbot acronyms
 * --json`. Every `quote` is a sentence of the corpus verbatim; an expansion from the team's
 * curated file has that file as `doc` and an empty `quote`, since no paper says it.
 */
interface EntryJson {
  acronym: string;
  expansions: { text: string; doc: string; quote: string }[];
  /** Every other way the papers write this meaning: plurals, dotted forms, misspellings, long-form spellings, aliases. */
  variants: string[];
  defined: boolean;
}

interface AcronymJson {
  term: string;
  matches: EntryJson[];
  suggestions: string[];
}

function entryJson(entry: GlossaryEntry): EntryJson {
  const expansions = entry.definitions.map((d) => ({ text: d.longForm, doc: d.doc, quote: d.sentence }));
  const unique = expansions.filter((x, i) => expansions.findIndex((y) => y.text === x.text && y.doc === x.doc) === i);
  if (entry.curated?.expansion) unique.push({ text: entry.curated.expansion, doc: entry.curated.file, quote: '' });
  const variants = [...entry.spellings, ...entry.misspellings, ...entry.longForms, ...entry.aliases.map((a) => a.text)];
  return {
    acronym: entry.acronym,
    expansions: unique,
    variants: [...new Set(variants)].filter((variant) => variant !== entry.acronym),
    defined: entry.defined,
  };
}

export function acronymJson(glossary: Glossary, term: string): AcronymJson {
  const result = lookup(glossary, term);
  return {
    term: term.trim(),
    matches: result.entries.map(entryJson),
    suggestions: [...new Set(result.suggestions.map((entry) => entry.acronym))],
  };
}

export function acronymsJson(glossary: Glossary): EntryJson[] {
  return glossary.entries.map(entryJson);
}

import { aliasCore } from './alias-keys.js';
import { withoutLeadingCountries } from '../countries.js';
import { contentKey, shortKey } from '../../shared/text/name-keys.js';
import { NAME_STOP_WORDS } from '../../shared/text/stop-words.js';
import { namedIn } from './question-names.js';
import { tokens } from '../../shared/text/acronym-tokens.js';
import type { Glossary, GlossaryEntry } from '../types.js';

/** At most this many extra terms per entry the question names: enough for its long form and aliases. */
const PER_ENTRY = 4;

interface QueryExpansion {
  /** The question's words that named the entry, as typed. */
  from: string;
  acronym: string;
  /** Terms to search for as well, standing for `from` only. */
  terms: string[];
}

/**
 * Extra terms for a search query, through the glossary in both directions: a long form or alias
 * brings the acronym and the entry's other names ("the economic two plus two" → "EPCC",
 * "Economic Policy Consultative Committee"; "commercial and industrial partnership" → "JUCIP");
 * an acronym brings its misspellings (FIRRMA ↔ FIRMMA) and, only where some paper uses them
 * instead of the acronym, its long form and aliases — passages that write "EPCC" match already,
 * Tong's "Economic 2+2" ones do not. Terms the question already holds are left out.
 */
export function queryExpansions(glossary: Glossary, question: string): QueryExpansion[] {
  const text = question.normalize('NFKC');
  const present = new Set(tokens(text).map((t) => shortKey(t.text)));
  const words = surfaceWords(text);
  const taken = new Set<string>();
  const out: QueryExpansion[] = [];
  for (const { entry, from, by } of namedIn(glossary, text)) {
    const names =
      by === 'name'
        ? [entry.acronym, ...longNames(entry), ...aliasNames(entry)]
        : [...otherSpellings(entry, from), ...(entry.usage.some((u) => !u.writesAcronym) ? [...longNames(entry), ...aliasNames(entry)] : [])];
    const terms = names.filter((name) => !present.has(shortKey(name)) && !containsPhrase(words, surfaceWords(name)) && !taken.has(name)).slice(0, PER_ENTRY);
    terms.forEach((term) => taken.add(term));
    if (terms.length > 0) out.push({ from, acronym: entry.acronym, terms });
  }
  return out;
}

/** The same, flattened: every extra term once. */
export function expandQuery(glossary: Glossary, question: string): string[] {
  return queryExpansions(glossary, question).flatMap((expansion) => expansion.terms);
}

/** The acronym as the papers also write it: "FIRRMA" for a question saying "FIRMMA", and the reverse. */
function otherSpellings(entry: GlossaryEntry, from: string): string[] {
  return [entry.acronym, ...entry.misspellings].filter((form) => shortKey(form) !== shortKey(from));
}

/** One spelling per long form, countries aside, the shortest; then the team's expansion. */
function longNames(entry: GlossaryEntry): string[] {
  const byCore = new Map<string, string>();
  for (const longForm of entry.longForms) {
    const core = withoutLeadingCountries(longForm) ?? contentKey(longForm);
    const known = byCore.get(core);
    if (!known || longForm.length < known.length) byCore.set(core, longForm);
  }
  return [...byCore.values(), ...(entry.curated?.expansion ? [entry.curated.expansion] : [])];
}

/** One spelling per alias, kind-words aside ("economic 2+2 dialogue" = "Economic 2+2"), digits preferred. */
function aliasNames(entry: GlossaryEntry): string[] {
  const byKey = new Map<string, string>();
  for (const alias of entry.aliases) {
    const key = aliasCore(contentKey(alias.text)).full;
    const known = byKey.get(key);
    if (!known || (/\d/.test(alias.text) && alias.text.length < known.length)) byKey.set(key, alias.text);
  }
  return [...byKey.values()];
}

/**
 * The words as typed, lower case, stop words out: "two plus two" is not "2+2" here, since the
 * search matches the words the passages print.
 */
function surfaceWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+&]+/u)
    .filter((word) => word !== '' && !NAME_STOP_WORDS.has(word));
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((word, k) => words[i + k] === word)) return true;
  return false;
}

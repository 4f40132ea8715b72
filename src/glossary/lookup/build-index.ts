import { aliasCore, otherQualifiers } from './alias-keys.js';
import { COMMON_WORDS } from './common-words.js';
import { withoutLeadingCountries } from '../countries.js';
import { acronymKey, contentKey, keyTokens } from '../../shared/text/name-keys.js';
import type { GlossaryEntry, LookupIndex, SentenceRef } from '../types.js';

/** Every key a lookup or a question may hit, computed once when the glossary is built. */
export function buildLookupIndex(entries: readonly GlossaryEntry[], sentences: readonly SentenceRef[]): LookupIndex {
  const shortForms = new Map<string, string[]>();
  const longForms = new Map<string, string[]>();
  const aliases = new Map<string, string[]>();
  const aliasCores = new Map<string, { ids: string[]; otherQualifiers: string[] }>();
  for (const entry of entries) {
    for (const form of [entry.acronym, ...entry.spellings, ...entry.misspellings]) add(shortForms, acronymKey(form), entry.id);
    for (const longForm of [...entry.longForms, ...(entry.curated?.expansion ? [entry.curated.expansion] : [])]) {
      add(longForms, contentKey(longForm), entry.id);
      const core = withoutLeadingCountries(longForm);
      if (core) add(longForms, core, entry.id);
    }
    for (const alias of entry.aliases) {
      const { full, core, qualifier } = aliasCore(contentKey(alias.text));
      add(aliases, contentKey(alias.text), entry.id);
      add(aliases, full, entry.id);
      if (core && qualifier) {
        const known = aliasCores.get(core) ?? { ids: [], otherQualifiers: otherQualifiers(core, qualifier, sentences) };
        if (!known.ids.includes(entry.id)) known.ids.push(entry.id);
        aliasCores.set(core, known);
      }
    }
  }
  return { shortForms, longForms, aliases, aliasCores, ordinaryWords: ordinaryWords(shortForms, sentences) };
}

/** Short-form keys the papers also write as plain lower-case words ("core" beside "CoRe"), plus COMMON_WORDS. */
function ordinaryWords(shortForms: ReadonlyMap<string, readonly string[]>, sentences: readonly SentenceRef[]): Set<string> {
  const words = new Set(COMMON_WORDS);
  for (const ref of sentences) {
    for (const token of keyTokens(ref.sentence)) {
      const written = ref.sentence.slice(token.start, token.end);
      if (written === written.toLowerCase() && shortForms.has(token.word)) words.add(token.word);
    }
  }
  return words;
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  if (key === '') return;
  const ids = map.get(key) ?? [];
  if (!ids.includes(id)) ids.push(id);
  map.set(key, ids);
}

import { aliasCore } from './alias-keys.js';
import { editDistance } from '../../shared/text/edit-distance.js';
import { contentKey, shortKey } from '../../shared/text/name-keys.js';
import { nearest } from './suggest.js';
import type { Glossary, GlossaryEntry } from '../types.js';

export interface LookupResult {
  /** The term as given, trimmed. */
  term: string;
  /** How it was found: by a short form (any case, dots, "and" for "&"), a long form, an alias, as a likely typo, or not. */
  match: 'short form' | 'long form' | 'alias' | 'typo' | 'none' | 'empty';
  entries: GlossaryEntry[];
  /** The closest other entries: "did you mean" for a miss, neighbours for a typo. */
  suggestions: GlossaryEntry[];
}

/**
 * Typos taken as meant for a key of this length. None below four characters: one letter off a
 * three-letter acronym is usually another real one ("IPA", which Jacobs writes out but never
 * abbreviates, is one letter from INA) — those are only suggested.
 */
function tolerance(length: number): number {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return Math.max(2, Math.floor(length / 8));
}

export function lookup(glossary: Glossary, rawTerm: string): LookupResult {
  const term = rawTerm.normalize('NFKC').trim();
  const result = (match: LookupResult['match'], ids: readonly string[], suggestions: GlossaryEntry[] = []): LookupResult => ({
    term,
    match,
    entries: ids.map((id) => glossary.byId.get(id)!),
    suggestions,
  });
  const short = shortKey(term);
  const content = contentKey(term);
  if (short === '' && content === '') return result(term === '' ? 'empty' : 'none', []);
  const { index } = glossary;
  const byShort = index.shortForms.get(short) ?? (short.length > 2 && short.endsWith('s') ? index.shortForms.get(short.slice(0, -1)) : undefined);
  if (byShort) return result('short form', writtenFirst(glossary, byShort, term));
  const byLong = index.longForms.get(content);
  if (byLong) return result('long form', byLong);
  const byAlias = index.aliases.get(content) ?? index.aliases.get(aliasCore(content).full) ?? index.aliasCores.get(content)?.ids;
  if (byAlias) return result('alias', byAlias);
  const typo = likelyTypo(glossary, short, content);
  if (typo) return result('typo', typo, nearest(glossary, term, 5).filter((entry) => !typo.includes(entry.id)));
  return result('none', [], nearest(glossary, term, 5));
}

/** "APIs" asks first for the meaning written "APIs". */
function writtenFirst(glossary: Glossary, ids: readonly string[], term: string): string[] {
  const written = (id: string) => {
    const entry = glossary.byId.get(id)!;
    return [entry.acronym, ...entry.spellings].some((form) => form.toLowerCase() === term.toLowerCase());
  };
  return [...ids.filter(written), ...ids.filter((id) => !written(id))];
}

/** The entries one small typo away, if they are all one acronym (or one long form); else none. */
function likelyTypo(glossary: Glossary, short: string, content: string): string[] | undefined {
  const { index } = glossary;
  const candidates: [string, number, readonly string[]][] = [
    ...[...index.shortForms].map(([key, ids]) => [key, editDistance(short, key), ids] as [string, number, readonly string[]]),
    ...[...index.longForms, ...index.aliases].map(([key, ids]) => [key, editDistance(content, key), ids] as [string, number, readonly string[]]),
  ].filter(([key, d]) => d > 0 && d <= tolerance(Math.min(key.length, Math.max(short.length, content.length))));
  if (candidates.length === 0) return undefined;
  const best = Math.min(...candidates.map(([, d]) => d));
  const ids = [...new Set(candidates.filter(([, d]) => d === best).flatMap(([, , ids]) => ids))];
  const acronyms = new Set(ids.map((id) => glossary.byId.get(id)!.acronym));
  return acronyms.size === 1 ? ids : undefined;
}

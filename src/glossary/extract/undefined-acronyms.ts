import { acronymKey } from '../../shared/text/name-keys.js';
import { editDistance } from '../../shared/text/edit-distance.js';
import { isAcronymShaped, tokens } from '../../shared/text/acronym-tokens.js';
import { capitalsEvidence, runningAcronyms } from './capitals.js';
import type { SentenceRef } from '../types.js';

interface UndefinedScan {
  /** Defined key → misspellings of it, as written ("firrma" → FIRMMA, FIRMMMA). */
  misspellings: Map<string, string[]>;
  /** Acronyms no paper spells out: key → written forms, most frequent first. */
  undefined: Map<string, string[]>;
}

/**
 * Acronym-shaped tokens of the running text that are not a defined short form — defined anywhere:
 * `definedKeys` holds what the passages, notes, bios and the team's file spell out. Only tokens
 * that stand as acronyms among lower-case words count (see capitals.ts): a speaker label or a
 * name in capitals is not an acronym. One that is a near miss of a defined acronym, in a paper
 * that also uses the defined one, is a misspelling (Tong 2022 writes FIRRMA, FIRMMA and
 * FIRMMMA); the rest are used without being spelled out.
 */
export function scanUndefined(sentences: readonly SentenceRef[], definedKeys: ReadonlySet<string>): UndefinedScan {
  const written = new Map<string, Map<string, number>>();
  const docsByKey = new Map<string, Set<string>>();
  const evidence = capitalsEvidence(sentences);
  const inParentheses = parenthesizedKeys(sentences);
  for (const ref of sentences) {
    for (const token of tokens(ref.sentence)) {
      const key = acronymKey(token.text);
      if (!docsByKey.has(key)) docsByKey.set(key, new Set());
      docsByKey.get(key)!.add(ref.doc);
    }
    for (const token of runningAcronyms(ref.sentence, evidence)) {
      const key = acronymKey(token.text);
      // "… Electrification Partnership (PEP)": the text spells it out, even where the letters do not
      // pair with the words before it closely enough for a definition to be drawn.
      if (definedKeys.has(key) || inParentheses.has(key)) continue;
      const forms = written.get(key) ?? new Map<string, number>();
      forms.set(token.text, (forms.get(token.text) ?? 0) + 1);
      written.set(key, forms);
    }
  }
  const scan: UndefinedScan = { misspellings: new Map(), undefined: new Map() };
  for (const [key, forms] of written) {
    const docs = docsByKey.get(key) ?? new Set<string>();
    const target = misspelt(key, definedKeys, (defined) => [...docs].some((doc) => docsByKey.get(defined)?.has(doc)));
    const ordered = [...forms].sort((a, b) => b[1] - a[1]).map(([form]) => form);
    if (target) scan.misspellings.set(target, [...(scan.misspellings.get(target) ?? []), ...ordered]);
    else scan.undefined.set(key, ordered);
  }
  addCaseVariants(sentences, scan.undefined);
  return scan;
}

/** Acronyms the corpus puts in parentheses after words ("Partnership (PEP)"): a text that spells them out. */
function parenthesizedKeys(sentences: readonly SentenceRef[]): Set<string> {
  const keys = new Set<string>();
  for (const ref of sentences) {
    for (const match of ref.sentence.matchAll(/[\p{L}\p{N}]\s+\(([^()\s]{2,12})\)/gu)) {
      if (isAcronymShaped(match[1]!)) keys.add(acronymKey(match[1]!));
    }
  }
  return keys;
}

/**
 * The one defined key `key` is a near miss of: same first two characters, both at least five
 * long, at most one edit per three characters. Short acronyms are left alone — GDP is not a
 * misspelling of LDP.
 */
function misspelt(key: string, definedKeys: ReadonlySet<string>, sharesADocument: (defined: string) => boolean): string | undefined {
  const near = [...definedKeys].filter(
    (defined) =>
      defined.length >= 5 &&
      key.length >= 5 &&
      defined.slice(0, 2) === key.slice(0, 2) &&
      editDistance(key, defined) <= Math.max(1, Math.floor(defined.length / 3)) &&
      sharesADocument(defined),
  );
  return near.length === 1 ? near[0] : undefined;
}

/** "Covid-19" beside "COVID-19": a number makes a lower-case spelling safe to count as the same acronym. */
function addCaseVariants(sentences: readonly SentenceRef[], undefinedForms: Map<string, string[]>): void {
  for (const ref of sentences) {
    for (const token of tokens(ref.sentence)) {
      if (!/\d/.test(token.text) || isAcronymShaped(token.text)) continue;
      const forms = undefinedForms.get(acronymKey(token.text));
      if (forms && !forms.includes(token.text)) forms.push(token.text);
    }
  }
}

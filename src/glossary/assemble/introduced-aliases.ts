import type { MentionFinder } from '../extract/mentions.js';
import { blankMarkers } from '../../shared/text/acronym-tokens.js';
import { contentKey } from '../../shared/text/name-keys.js';
import { isSearchStopWord } from '../../shared/text/stop-words.js';
import type { Alias, SentenceRef } from '../types.js';

interface FoundAlias {
  /** The entry the alias names. */
  id: string;
  alias: Alias;
}

// "Now commonly known as the economic “2+2 dialogue,”" (Jacobs 2023), "Known as the “Economic 2+2” channel" (Tong 2022).
const KNOWN_AS = /\b(?:[Nn]ow\s+)?(?:commonly\s+|also\s+|widely\s+)?[Kk]nown as (?:the\s+)?((?:[\p{L}-]+\s+)?[“"‘][^”"’]{1,60}[”"’]|[A-Z0-9][\p{L}\d+&-]*(?:\s+[A-Z0-9][\p{L}\d+&-]*){0,4})/gu;
// "the Japan-U.S. Economic Policy Consultative Committee (the economic “two-plus-two”)" (Togashi 2024).
const PAREN_ALIAS = /\(the\s+((?:[\p{L}-]+\s+)?[“"‘][^”"’]{1,60}[”"’])\)/gu;
// "the Economic Policy Consultative Committee, the so-called economic 2+2, …": a named thing, no acronym of its own.
const SO_CALLED = /(?:\bthe\s+)?\b[Ss]o-called\s+((?:[\p{L}-]+\s+)?[“"‘][^”"’]{1,60}[”"’]|[\p{L}\d][\p{L}\d+&'’-]*(?:\s+[\p{L}\d][\p{L}\d+&'’-]*){0,5})/gu;
/** How far back a "known as … , it" may point: the previous few sentences of the same paper. */
const LOOK_BACK = 3;

/**
 * Names the papers introduce for something with an acronym. The alias belongs to the entry named
 * next to it — right after the clause ("…, the EPCC serves"), right before it ("the X, known
 * as"), before the parenthesis — or, when the sentence says "it" or "this dialogue", to the last
 * entry named in the sentences just before.
 */
export function aliasesIn(sentences: readonly SentenceRef[], finder: MentionFinder, defined: ReadonlySet<string>): FoundAlias[] {
  const found: FoundAlias[] = [];
  const unattached: Alias[] = [];
  sentences.forEach((ref, n) => {
    const text = blankMarkers(ref.sentence);
    const mentions = finder.mentions(text).filter((m) => defined.has(m.id));
    for (const m of text.matchAll(KNOWN_AS)) {
      const start = m.index;
      const end = start + m[0].length;
      const opensSentence = text.slice(0, start).trim() === '';
      const id = opensSentence
        ? (mentions.find((x) => x.start >= end && x.start - end <= 12)?.id ?? lastNamedBefore(sentences, n, finder, defined))
        : mentions.filter((x) => x.end <= start && /^[\s,”")]*$/.test(text.slice(x.end, start))).at(-1)?.id;
      if (id) found.push({ id, alias: { ...ref, text: aliasText(m[1]!) } });
    }
    for (const m of text.matchAll(SO_CALLED)) {
      const name = soCalledName(m[1]!);
      if (name === '') continue;
      const id = mentions.filter((x) => x.end <= m.index && /^[\s,”")]*$/.test(text.slice(x.end, m.index))).at(-1)?.id;
      if (id) found.push({ id, alias: { ...ref, text: name } });
      else unattached.push({ ...ref, text: name });
    }
    for (const m of text.matchAll(PAREN_ALIAS)) {
      const id = mentions.filter((x) => x.end <= m.index && /^\s*$/.test(text.slice(x.end, m.index))).at(-1)?.id;
      if (id) found.push({ id, alias: { ...ref, text: aliasText(m[1]!) } });
    }
  });
  return [...found, ...byKnownName(unattached, found)];
}

/**
 * A "so-called" name with no entry beside it joins the entry some paper already gives that name:
 * a speech's "the so-called economic 2+2" is the EPCC that Tong 2022 calls the "Economic 2+2". A
 * name no paper ties to an acronym is not a glossary entry — the glossary explains acronyms.
 */
function byKnownName(unattached: readonly Alias[], found: readonly FoundAlias[]): FoundAlias[] {
  const out: FoundAlias[] = [];
  for (const alias of unattached) {
    const ids = new Set(found.filter((f) => contentKey(f.alias.text) === contentKey(alias.text)).map((f) => f.id));
    if (ids.size === 1) out.push({ id: [...ids][0]!, alias });
  }
  return out;
}

/** The name after "so-called": a quoted one whole, else its words up to the first function word ("economic 2+2, coming July" → "economic 2+2"). */
function soCalledName(raw: string): string {
  if (/[“"‘]/.test(raw)) return aliasText(raw);
  const words = raw.split(/\s+/);
  const end = words.findIndex((word, i) => i > 0 && (isSearchStopWord(word.toLowerCase()) || /[,.;:]$/.test(words[i - 1]!)));
  return aliasText(words.slice(0, end < 0 ? words.length : end).join(' '));
}

function lastNamedBefore(sentences: readonly SentenceRef[], n: number, finder: MentionFinder, defined: ReadonlySet<string>): string | undefined {
  for (let back = n - 1; back >= Math.max(0, n - LOOK_BACK); back--) {
    const previous = sentences[back]!;
    if (previous.doc !== sentences[n]!.doc) return undefined;
    const last = finder.mentions(blankMarkers(previous.sentence)).filter((m) => defined.has(m.id)).at(-1);
    if (last) return last.id;
  }
  return undefined;
}

/** 'economic “2+2 dialogue,”' → "economic 2+2 dialogue". */
function aliasText(raw: string): string {
  return raw.replace(/[“”"‘’]/g, '').replace(/[,.;:]+$/, '').replace(/\s+/g, ' ').trim();
}

import { COUNTRY_PAIR_BEFORE } from '../countries.js';
import type { NameMention, MentionFinder } from '../extract/mentions.js';

/**
 * Every way the papers write an entry's long form, defined or not: Togashi 2024 writes "Japan-U.S.
 * Economic Policy Consultative Committee" and a Jacobs 2023 heading "United States-Japan …"
 * without the acronym beside them, and these are the same EPCC. Headings count here, as the
 * author's words, though they are never quoted as a definition. First spelling wins over one
 * differing only in case.
 */
export function longFormSpellings(texts: readonly string[], finder: MentionFinder): Map<string, string[]> {
  const spellings = new Map<string, string[]>();
  for (const text of texts) {
    const spans = finder.mentions(text).filter((m) => m.by === 'long form').map((m) => widened(text, m));
    for (const span of spans) {
      if (spans.some((other) => other !== span && other.id === span.id && contains(other, span))) continue;
      const written = text.slice(span.start, span.end);
      const list = spellings.get(span.id) ?? [];
      if (!list.some((known) => known.toLowerCase() === written.toLowerCase())) list.push(written);
      spellings.set(span.id, list);
    }
  }
  return spellings;
}

function widened(text: string, mention: NameMention): NameMention {
  const pair = COUNTRY_PAIR_BEFORE.exec(text.slice(0, mention.start));
  return pair ? { ...mention, start: pair.index + pair[0].indexOf(pair[1]!) } : mention;
}

function contains(outer: NameMention, inner: NameMention): boolean {
  return outer.start <= inner.start && outer.end >= inner.end && (outer.end - outer.start > inner.end - inner.start);
}

import type { EventKind } from './types.js';

/**
 * What kind of event a title and its sentence tell, from the words the papers use. The title is
 * read first: it is the part of the sentence the date belongs to. Export controls, bans and
 * regulations count as law-like only in the title: the papers mention them in passing everywhere
 * ("export controls toward Russia following Moscow’s February 24 invasion").
 */
interface Rule {
  kind: EventKind;
  pattern: RegExp;
  titleOnly?: boolean;
}

const RULES: Rule[] = [
  { kind: 'law', pattern: /\b(?:act|acts|law|laws|bill|legislation|legislate|statutes?|diet passed|passed|enacted|took effect|revision|revisions|approved by the cabinet|executive order)\b/i },
  { kind: 'law', pattern: /\b(?:regulations?|regulatory|banned|export controls?|export restrictions|sanctions|guardrails)\b/i, titleOnly: true },
  { kind: 'meeting', pattern: /\b(?:met|meet|meeting|meetings|summit|visit|visited|convened|re-convened|reconvened|talks|videoconference|hosted|session|election|remarks)\b/i },
  { kind: 'agreement', pattern: /\b(?:agreement|agreed|signed|signing|partnership|principles|deal|accord|memorandum|mous?|arrangement|regime|group|joint statement|committed|complaint)\b/i },
  { kind: 'publication', pattern: /\b(?:published|report|released a|released its|released the|strategy|survey|action plan|fact sheet|statement)\b/i },
];

export function classify(title: string, sentence: string, deadline: boolean): EventKind {
  if (deadline) return 'deadline';
  for (const rule of RULES) if (rule.pattern.test(title)) return rule.kind;
  for (const rule of RULES) if (!rule.titleOnly && rule.pattern.test(sentence)) return rule.kind;
  return 'other';
}

import { isSearchStopWord } from '../shared/text/stop-words.js';

/**
 * What kind of thing a question asks for, read from its question words alone: "who" wants an
 * actor (a person, an organisation, a country), "when" a date, "how much" a figure, "where" a
 * place, "what is X" what X is (a definition). The excerpt then prefers a sentence that holds one
 * (excerpt.ts). A question may ask for several ("where and when …"); most ask for none of these,
 * and their excerpts are chosen by the matched terms alone.
 */
export type AnswerKind = 'actor' | 'date' | 'figure' | 'place' | 'definition';

/** The kinds whose mentions are told from the writing alone (digits, month names): a "found" answer must write one (confidence.ts). */
export type FactKind = Extract<AnswerKind, 'figure' | 'date'>;

export function isFactKind(kind: AnswerKind): kind is FactKind {
  return kind === 'figure' || kind === 'date';
}

/**
 * Nouns after "which" or "what" that name the kind: "which ministry" asks for an actor, "what
 * share" for a figure. Kept to the nouns' plain meanings; anything else ("which sectors") asks
 * for no kind in particular.
 */
const KIND_NOUNS: Readonly<Record<Exclude<AnswerKind, 'definition'>, string>> = {
  actor:
    'person|people|official|officials|minister|ministers|ministry|ministries|department|departments|agency|agencies|company|companies|firm|firms|organi[sz]ations?|leader|leaders|president|members?|government|governments|body|committee',
  date: 'year|years|date|dates|month|months|day|time|period',
  figure: 'share|percent|percentage|proportion|portion|fraction|rate|level|amount|number|sum|total|value|cost|price|size|budget',
  place: 'country|countries|nation|nations|city|cities|port|ports|place|places|region|regions|island|islands|state|states|prefecture|prefectures|venue|location',
};

/** "how" before a word that is not a verb asks for a degree: "how many", "how long", "how dependent". */
const HOW_VERB = /^(?:do|does|did|is|are|was|were|can|could|will|would|should|shall|may|might|must|has|have|had|to|come|about|exactly|else|so)$/;

const PATTERNS: readonly [AnswerKind, RegExp][] = [
  ['actor', /\b(?:who|whom|whose)\b|誰|だれ/],
  ['date', /\bwhen\b|いつ/],
  ['place', /\bwhere\b|どこ/],
  ['figure', /いくら|何人|何社|どれくらい|どのくらい/],
];
const NOUN_KINDS = (Object.entries(KIND_NOUNS) as [AnswerKind, string][]).map(([kind, nouns]): [AnswerKind, RegExp] => [kind, new RegExp(`^(?:${nouns})$`)]);

/** The kind a "which …" or "what …" names by its noun, over up to two describing words: "which pacific island countries". */
function nounKind(words: readonly string[]): AnswerKind | null {
  for (const word of words.slice(0, 3)) {
    const kind = NOUN_KINDS.find(([, nouns]) => nouns.test(word))?.[0];
    if (kind !== undefined) return kind;
    // "what did the state do" asks about the state, not for one.
    if (isSearchStopWord(word)) return null;
  }
  return null;
}

/**
 * "What is X", "what's the X", "what are X", "define X", "X meaning": the question names a thing
 * of one to four words and asks only what it is. Its answer is the sentence that says so.
 */
const DEFINITION_QUESTION = /^(?:(?:what|who)\s*(?:is|are|was|were|'s|’s)\s+(?:the\s+|an?\s+)?[\p{L}\p{N}&+.'’-]+(?:\s+[\p{L}\p{N}&+.'’-]+){0,3}|define\s+.{1,40}|.{1,40}\s+(?:meaning|definition|stands for))\s*\??$/u;

/** The kinds of answer a question asks for, in a fixed order; none for most questions. */
export function answerKinds(question: string): AnswerKind[] {
  const text = question.toLowerCase();
  const kinds = new Set<AnswerKind>();
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) kinds.add(kind);
  const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  words.forEach((word, i) => {
    const kind = word === 'which' || word === 'what' ? nounKind(words.slice(i + 1)) : null;
    if (kind !== null) kinds.add(kind);
  });
  for (const match of text.matchAll(/\bhow\s+([\p{L}'’]+)/gu)) if (!HOW_VERB.test(match[1]!)) kinds.add('figure');
  if (DEFINITION_QUESTION.test(text.trim())) kinds.add('definition');
  return (['actor', 'date', 'figure', 'place', 'definition'] as const).filter((kind) => kinds.has(kind));
}

/**
 * The verb a "who" question asks about — "who blocked the deal" asks who blocked — or null ("who
 * was the minister" asks for a person, not an act). The actor's sentence is the one that tells
 * the act, so its words count for more there (excerpt.ts).
 */
export function askedAct(question: string): string | null {
  const verb = /\bwho\s+([\p{L}'’-]+)/u.exec(question.toLowerCase())?.[1];
  return verb === undefined || HOW_VERB.test(verb) ? null : verb;
}

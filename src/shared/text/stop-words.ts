/**
 * Words a search neither indexes nor asks for: English function words (the pronouns all of them,
 * "anyone" and "whoever" too: WordNet, which lists only nouns, verbs, adjectives and adverbs, has
 * none of them), chat filler ("tell me about", "what happened") and prefixes left over when a
 * compound is split ("co-operation"). Not
 * here on purpose: "us" (the country at least as often as the pronoun) and "first", "second",
 * "new" (they tell meetings apart).
 */
export const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being
  below between both but by can could did do does doing don't down during each few for from further had
  has have having he her here hers herself him himself his how i if in into is isn't it it's its itself
  just let me more most my myself no nor not of off on once only or other ought our ours ourselves out
  over own same she should so some such than that that's the their theirs them themselves then there
  these they this those through to too under until up very was we were what what's when where which
  while who whom why will with would you your yours yourself yourselves
  tell know show give explain say said says anything something thing things pls please hey hi thanks
  whats wat wht any kind kinds much many get gets got like made make makes came come take takes put one
  way exactly actually main best happen happened happens vs back go goes see last big bigger also really
  co re pre non anti multi sub semi inter
  still ok okay thing u ur im i'm there's isnt dont doesnt didnt didn't doesn't wasn't weren't
  anyone anybody everyone everybody everything someone somebody nobody nothing whoever whatever whichever whomever whenever wherever`.split(/\s+/).filter(Boolean),
);

/** A contraction's first part → the word it shortens, where the spelling differs ("can't", "won't"). */
const CONTRACTED: ReadonlyMap<string, string> = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall']]);
const CONTRACTION = /^(.+?)(?:n't|'(?:s|re|ve|ll|d|m))$/;

/**
 * Whether a lower-case word is a search stop word. Either apostrophe counts ("don’t" as typed on a
 * phone is "don't"), and a contraction of a stop word is one ("hasn't", "they're", "shouldn't"):
 * listing every contraction left most of them out, and they came back to users as words "no paper
 * uses".
 */
export function isSearchStopWord(word: string): boolean {
  if (SEARCH_STOP_WORDS.has(word)) return true;
  // Asked for every word of every sentence an answer reads: the rest only where there is an apostrophe.
  if (!word.includes("'") && !word.includes('’')) return false;
  const straight = word.replace(/’/g, "'");
  if (SEARCH_STOP_WORDS.has(straight)) return true;
  const base = CONTRACTION.exec(straight)?.[1];
  return base !== undefined && SEARCH_STOP_WORDS.has(CONTRACTED.get(base) ?? base);
}

/**
 * Function words that do not tell two names apart ("Commercial Industrial" = "Commercial and
 * Industrial"): left out of the glossary's name keys, skipped freely when an acronym's letters
 * are matched to its long form, and never a name's first word. Short on purpose: the search's
 * list drops chat words ("tell", "main", "big") that a name may well contain.
 */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'and', 'for', 'on', 'in', 'to', 'at', 'by', 'or']);

/**
 * Ordinary English words that are also acronyms somewhere. Typed in lower case they mean the word
 * ("tell us", "it is", "the core issue"), so an acronym spelled like one only counts in capitals.
 * The corpus adds its own (any acronym it also uses as a lower-case word); this list covers
 * questions, which use words the papers may not.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'a', 'ad', 'am', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'core', 'cut', 'did', 'do', 'doc', 'does',
  'ear', 'eat', 'era', 'fed', 'for', 'go', 'had', 'has', 'he', 'her', 'him', 'his', 'how', 'i', 'if', 'in', 'is', 'it', 'its',
  'may', 'me', 'mod', 'my', 'new', 'next', 'no', 'nor', 'not', 'now', 'of', 'off', 'oh', 'ok', 'on', 'one', 'or', 'our', 'out', 'per',
  'sat', 'see', 'she', 'so', 'sum', 'tan', 'tea', 'ten', 'the', 'to', 'too', 'two', 'up', 'us', 'use', 'war', 'was', 'we', 'who',
  'why', 'win', 'won', 'yes', 'you',
]);

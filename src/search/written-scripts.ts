/**
 * The writing systems a corpus uses. A question word in a script no passage is written in
 * ("jucip いつ始まった" asked of English papers) can be neither found nor missed: the papers cannot
 * say whether they answer it. Such a word is still told as one no paper uses, but it weighs
 * nothing in the share of the question a passage holds, which decides "none" (rank.ts).
 */

/** Unicode scripts told apart; a letter of any other script counts as written. */
const SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Thai', 'Hangul', 'Hiragana', 'Katakana', 'Han'] as const;
const LETTER_OF = SCRIPTS.map((script) => new RegExp(`\\p{Script=${script}}`, 'u'));
const LATIN = SCRIPTS.indexOf('Latin');
/** Most terms: nothing to look up beyond "Latin, if any letter". */
const ASCII = /^[ -~]*$/;
const ASCII_LETTER = /[a-z]/i;

export class WrittenScripts {
  private readonly used = new Set<number>();

  /** Notes the scripts of a corpus term. */
  add(term: string): void {
    if (ASCII.test(term)) {
      if (ASCII_LETTER.test(term)) this.used.add(LATIN);
      return;
    }
    LETTER_OF.forEach((letter, script) => {
      if (!this.used.has(script) && letter.test(term)) this.used.add(script);
    });
  }

  /** Whether a term has a letter of a script no corpus term has. */
  foreign(term: string): boolean {
    if (ASCII.test(term)) return !this.used.has(LATIN) && ASCII_LETTER.test(term);
    return LETTER_OF.some((letter, script) => !this.used.has(script) && letter.test(term));
  }
}

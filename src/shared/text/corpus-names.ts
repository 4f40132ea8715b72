import { tokensWithOffsets, type SearchToken } from './search-terms.js';

/**
 * The proper names of a corpus, known from how its writers capitalise them: a word written with a
 * capital where no sentence starts ("said Kishida", "Rapidus will") — and practically never in
 * lower case — is a name. Names are kept whole by the search (see search-terms.ts): the stemmer
 * would make "Rapidus" "rapidu", a typo away from "rapid".
 */

/** Share of a word's mid-sentence occurrences that must be capitalised for it to be a name. */
const NAME_SHARE = 0.9;

/** What may stand before a sentence's first word: nothing, end punctuation, a quote, a bullet. */
const SENTENCE_START = /(?:^|[.!?:;•*#>\n([{"“‘'—–-])\s*$/u;

const PLAIN_WORD = /^[A-Za-z]{2,}$/;

interface Tally {
  capitalised: number;
  lower: number;
}

/** Collects the words of passages as they go by; `names()` answers once all are seen. */
export class NameCounter {
  private readonly tally = new Map<string, Tally>();

  /** Reads a text's words; `tokens` are its tokens when the caller has them already. */
  add(text: string, tokens: readonly SearchToken[] = tokensWithOffsets(text)): void {
    for (const token of tokens) {
      const raw = token.raw;
      const word = raw.endsWith('.') ? raw.slice(0, -1) : raw.endsWith('s') && /[’']s$/.test(raw) ? raw.slice(0, -2) : raw;
      // Plain letter words only: "G7", "R&D" and "U.S." are not stemmed anyway.
      if (!PLAIN_WORD.test(word)) continue;
      const first = word.charCodeAt(0);
      const capitalised = first >= 65 && first <= 90;
      // A capital at a sentence's start says nothing about the word.
      if (capitalised && SENTENCE_START.test(text.slice(Math.max(0, token.start - 4), token.start))) continue;
      const key = word.toLowerCase();
      let tally = this.tally.get(key);
      if (tally === undefined) this.tally.set(key, (tally = { capitalised: 0, lower: 0 }));
      if (capitalised) tally.capitalised++;
      else tally.lower++;
    }
  }

  /** Every plain word seen, in lower case. */
  words(): IterableIterator<string> {
    return this.tally.keys();
  }

  /** The `limit` words seen most often, the commonest first (a capital at a sentence's start is not counted). */
  commonest(limit: number): string[] {
    const uses = ({ capitalised, lower }: Tally) => capitalised + lower;
    return [...this.tally].sort((a, b) => uses(b[1]) - uses(a[1])).slice(0, limit).map(([word]) => word);
  }

  /** The lower-case forms of the words that are names. */
  names(): Set<string> {
    const names = new Set<string>();
    for (const [word, { capitalised, lower }] of this.tally) {
      if (capitalised > 0 && capitalised / (capitalised + lower) >= NAME_SHARE) names.add(word);
    }
    return names;
  }
}

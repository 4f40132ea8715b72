import { tokensWithOffsets, type SearchToken } from '../shared/text/search-terms.js';

/**
 * The corpus's capitalised names by their initials: "IRA" → "Inflation Reduction Act", "EO" →
 * "Executive Order", where a paper writes the name but never the acronym a reader types. The
 * glossary knows only the acronyms the papers define; this knows the names they spell out.
 */

/** Small words a name may hold between its capitalised words ("Department of Commerce"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'on', 'the', 'in', 'to', 'at', '&']);
const CAPITAL = /^\p{Lu}/u;
const SPACE = /^\s*$/;
const AMPERSAND = /^\s*&\s*$/;
/**
 * Names of more than this many words are not read for initials. An acronym a reader types and
 * the papers never write is short (IRA, EO, ESL); longer stretches of capitals are mostly titles
 * and runs of names, and counting every stretch of up to six words cost whitehouse-2022's index
 * 45 MiB and 2.5 s of build.
 */
const LONGEST = 4;

export class Initialisms {
  /** While reading: each run of capitalised words (its words joined by a space) and how often it occurs. */
  private runs: Map<string, number> | null = new Map();
  /** Once read: initials (lower case) → the name the corpus writes most often. */
  private readonly best = new Map<string, string>();

  /**
   * Reads a passage's runs of capitalised words. Its tokens (search-terms.ts) are the ones the name
   * counter reads too: tokenizing each passage once more cost a large corpus a third of a second.
   * A run goes on only across spaces (and "&"): punctuation, a number or a lower-case word ends it
   * ("Section 232 Tariffs" is no name "ST").
   */
  add(text: string, tokens: readonly SearchToken[] = tokensWithOffsets(text)): void {
    if (this.runs === null) throw new Error('Initialisms: add() after done()');
    let run: string[] = [];
    const end = () => {
      // A run of one word spells no acronym; the same run recurs often (boilerplate): counted once each.
      if (run.length > 1) {
        const key = run.join(' ');
        this.runs!.set(key, (this.runs!.get(key) ?? 0) + 1);
      }
      run = [];
    };
    let after = 0;
    for (const token of tokens) {
      const gap = text.slice(after, token.start);
      if (run.length > 0 && AMPERSAND.test(gap)) run.push('&');
      else if (run.length > 0 && !SPACE.test(gap)) end();
      after = token.end;
      const dotted = token.raw.endsWith('.');
      const word = dotted ? token.raw.slice(0, -1) : token.raw;
      if (CAPITAL.test(word)) run.push(word);
      else if (run.length > 0 && CONNECTORS.has(word.toLowerCase())) run.push(word.toLowerCase());
      else end();
      // "Reduction Act." ends its sentence.
      if (dotted) end();
    }
    end();
  }

  /** Reads the runs for the names in them, and keeps each acronym's commonest name only. */
  done(): void {
    if (this.runs === null) return;
    const counts = new Map<string, Map<string, number>>();
    for (const [run, count] of this.runs) {
      for (const [initials, name] of namesIn(run.split(' '))) {
        const names = counts.get(initials) ?? new Map<string, number>();
        names.set(name, (names.get(name) ?? 0) + count);
        counts.set(initials, names);
      }
    }
    for (const [initials, names] of counts) {
      let best: [string, number] | null = null;
      for (const entry of names) if (best === null || entry[1] > best[1]) best = entry;
      if (best !== null) this.best.set(initials, best[0]);
    }
    this.runs = null;
  }

  /** The name the corpus writes most often whose initials spell `acronym` (any case), or null. */
  nameFor(acronym: string): string | null {
    this.done();
    return this.best.get(acronym.toLowerCase()) ?? null;
  }
}

/**
 * Every stretch of a run that starts and ends on a capitalised word and holds two to LONGEST
 * words, with its initials: "Department of Commerce" is DC to some and DOC to others, so both.
 */
function namesIn(run: readonly string[]): [string, string][] {
  const found: [string, string][] = [];
  for (let start = 0; start < run.length; start++) {
    if (CONNECTORS.has(run[start]!)) continue;
    for (let end = start + 1; end < run.length && end - start < LONGEST; end++) {
      if (CONNECTORS.has(run[end]!)) continue;
      const words = run.slice(start, end + 1);
      const name = words.join(' ');
      const initials = new Set([
        words.filter((w) => !CONNECTORS.has(w)).map((w) => w[0]!.toLowerCase()).join(''),
        words.filter((w) => w !== '&').map((w) => w[0]!.toLowerCase()).join(''),
      ]);
      for (const key of initials) found.push([key, name]);
    }
  }
  return found;
}

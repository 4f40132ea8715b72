/**
 * The corpus's capitalised names by their initials: "IRA" → "Inflation Reduction Act", "EO" →
 * "Executive Order", where a paper writes the name but never the acronym a reader types. The
 * glossary knows only the acronyms the papers define; this knows the names they spell out.
 */

/** Small words a name may hold between its capitalised words ("Department of Commerce"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'on', 'the', 'in', 'to', 'at', '&']);
/** Words and the punctuation that ends a name; a hyphenated word ("Information-technology") is one word. */
const PIECE = /[\p{L}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*|&|[^\s\p{L}\p{N}&]/gu;
/** Names longer than this many capitalised words are not read for initials. */
const LONGEST = 6;

export class Initialisms {
  /** Initials (lower case) → each name spelling them, with how often the corpus writes it. */
  private readonly byInitials = new Map<string, Map<string, number>>();

  /** Reads a passage's runs of capitalised words. */
  add(text: string): void {
    let run: string[] = [];
    for (const [piece] of text.matchAll(PIECE)) {
      if (/^\p{Lu}/u.test(piece)) run.push(piece);
      else if (run.length > 0 && CONNECTORS.has(piece.toLowerCase())) run.push(piece.toLowerCase());
      else {
        this.addRun(run);
        run = [];
      }
    }
    this.addRun(run);
  }

  /** The name the corpus writes most often whose initials spell `acronym` (any case), or null. */
  nameFor(acronym: string): string | null {
    const names = this.byInitials.get(acronym.toLowerCase());
    if (names === undefined) return null;
    let best: [string, number] | null = null;
    for (const entry of names) if (best === null || entry[1] > best[1]) best = entry;
    return best?.[0] ?? null;
  }

  /** Every stretch of the run that starts and ends on a capitalised word and holds two to LONGEST of them. */
  private addRun(run: readonly string[]): void {
    for (let start = 0; start < run.length; start++) {
      if (CONNECTORS.has(run[start]!)) continue;
      let capitalised = 0;
      for (let end = start; end < run.length && capitalised < LONGEST; end++) {
        if (CONNECTORS.has(run[end]!)) continue;
        capitalised++;
        if (capitalised < 2) continue;
        const words = run.slice(start, end + 1);
        const name = words.join(' ');
        // "Department of Commerce" is DC to some and DOC to others: both spellings count.
        const initials = new Set([words.filter((w) => !CONNECTORS.has(w)).map((w) => w[0]).join(''), words.filter((w) => w !== '&').map((w) => w[0]).join('')]);
        for (const key of initials) {
          const lower = key.toLowerCase();
          const names = this.byInitials.get(lower) ?? new Map<string, number>();
          names.set(name, (names.get(name) ?? 0) + 1);
          this.byInitials.set(lower, names);
        }
      }
    }
  }
}

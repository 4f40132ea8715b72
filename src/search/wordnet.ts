/**
 * The words WordNet relates to a word: the other words of its chosen senses' synsets, and
 * optionally its derivationally related forms and its senses' direct hypernyms. Looked up in
 * WordNet's own files as they are (see load-wordnet.ts): an index file is sorted, so a word is a
 * binary search away, and its entry points at its synsets by byte offset in the data file.
 * Parsing all of WordNet when the index is built took seconds; a question needs a few synsets.
 */

/** One part of speech's index file (lemma → synsets, commonest sense first) and data file. */
export type WordNetFiles = ReadonlyArray<{ pos: string; index: string; data: string }>;

/** Which of WordNet's relations a word may stand for, and how many of its senses count. */
export interface WordNetChoice {
  /** How many senses count: the commonest (WordNet orders them by how often they were tagged), unless a SenseChoice reorders them. */
  senses: number;
  /** Derivationally related forms ("meet" → "meeting"); the synset's own words always count. */
  derivations: boolean;
  /** The direct hypernym's words ("microchip" → "semiconductor device"). */
  hypernyms: boolean;
  /** The noun an adjective pertains to ("japanese" → "japan", "economic" → "economy"). */
  pertainyms: boolean;
  /** The whole a place is part of ("tokyo" → "japan"). */
  partOf: boolean;
  /**
   * A national capital's country, as news writing names a government by its capital: "Tokyo"
   * for Japan, "Washington" for the United States, "Beijing" for China.
   */
  capitalsForCountries: boolean;
}

/**
 * Chosen on the eval's tuning split: the commonest sense only, with its derivations and
 * pertainyms. More senses ("deal" → "lot", "mountain"), hypernyms and part-of wholes lowered
 * hit@1 and MRR on the papers or the White House documents.
 */
export const WORDNET_CHOICE: WordNetChoice = { senses: 1, derivations: true, hypernyms: false, pertainyms: true, partOf: false, capitalsForCountries: true };

/** WordNet's pointer part-of-speech letters → file; "s" (satellite adjective) lives with "a". */
const POS_FILE: Readonly<Record<string, string>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** WordNet's own rules (its "morphy"), per part of speech, from an inflected word to the lemmas it may be: an ending and its lemma's. */
const INFLECTIONS: Readonly<Record<string, readonly [string, string][]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

/** The lemmas a typed word (lower case) may be an inflection of, itself first. */
export function baseForms(word: string): string[] {
  return [...new Set(lemmasBy(word, Object.values(INFLECTIONS).flat()))];
}

/** The word, and each lemma one of these rules reads it as. */
function lemmasBy(word: string, rules: readonly [string, string][]): string[] {
  return [word, ...rules.filter(([ending]) => word.length > ending.length + 1 && word.endsWith(ending)).map(([ending, lemma]) => word.slice(0, -ending.length) + lemma)];
}

interface Synset {
  /** Lower case, spaces for WordNet's underscores. */
  words: string[];
  /** [symbol, target file, target offset, source word (1-based, 0 = the whole synset), target word]. */
  pointers: [string, string, number, number, number][];
  /** The gloss as written; `definition()` leaves its quoted examples out. */
  gloss: string;
}

export class WordNet {
  /** Part of speech → its files, and where the index's entries start (after the licence). */
  private readonly files: ReadonlyMap<string, { index: string; data: string; entries: number }>;

  /**
   * `files`, and WordNet's index.sense: a line per sense, sorted by sense key ("attend%2:42:00::"),
   * ending in how often the sense was tagged in WordNet's semantic concordance (texts of the Brown
   * corpus): how much English uses the word.
   */
  constructor(
    files: WordNetFiles,
    private readonly senseIndex = '',
  ) {
    this.files = new Map(files.map(({ pos, index, data }) => [pos, { index, data, entries: firstEntry(index) }]));
  }

  /**
   * How many times a lemma's senses, of every part of speech, were tagged in WordNet's semantic
   * concordance: about how often English writes the word in a quarter of a million words ("attend"
   * 89, "win" 117, "lunch" 13, "password", "gallium" and any word WordNet lacks 0).
   */
  tagCount(lemma: string): number {
    const key = `${lemma.replace(/ /g, '_')}%`;
    const text = this.senseIndex;
    // The lemma's senses follow one another from the first line at or after the key.
    let count = 0;
    for (let at = firstLineFrom(text, 0, (line) => text.slice(line, line + key.length) < key); text.startsWith(key, at); ) {
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end === -1 ? undefined : end).trimEnd();
      count += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
      if (end === -1) break;
      at = end + 1;
    }
    return count;
  }

  /** Whether WordNet has the word (lower case) as a lemma of any part of speech. */
  has(lemma: string): boolean {
    return [...this.files.values()].some(({ index, entries }) => indexLine(index, entries, lemma.replace(/ /g, '_')) !== null);
  }

  /**
   * Whether a typed word (lower case) is an English word: a lemma, or an inflection of one by the
   * rules of its own part of speech, as WordNet's morphy reads it ("paused" a verb's, "planes" a
   * noun's) — "discused" is no word though "discus" is a noun: "-ed" makes verbs.
   */
  knows(word: string): boolean {
    return [...this.files].some(([pos, { index, entries }]) => lemmasBy(word, INFLECTIONS[pos] ?? []).some((form) => indexLine(index, entries, form) !== null));
  }

  /**
   * The words (lower case) WordNet relates to a lemma, the lemma itself left out. Given a sense
   * choice, the `choice.senses` senses (per part of speech) that count are those of its first
   * `candidates` senses with the most `support` (a rarer sense's divided by `margin`), ties (no
   * support at all) kept in WordNet's order.
   */
  related(lemma: string, choice: WordNetChoice = WORDNET_CHOICE, senseChoice?: SenseChoice): string[] {
    const related = new Set<string>();
    for (const { index, data, entries } of this.files.values()) {
      const line = indexLine(index, entries, lemma.replace(/ /g, '_'));
      if (line === null) continue;
      const fields = line.split(' ');
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsetCount).map(Number);
      const senses = offsets.slice(0, Math.max(choice.senses, senseChoice?.candidates ?? 0)).flatMap((offset) => parseSynset(data, offset) ?? []);
      const words = new Map(senses.map((synset) => [synset, this.wordsOfSense(synset, lemma, choice)]));
      if (senseChoice !== undefined && senses.length > choice.senses && !addTheSame(senses.map((synset) => words.get(synset)!), lemma, senseChoice.counts)) {
        const support = new Map(senses.map((synset, i) => [synset, senseChoice.support(this.signature(synset, lemma)) / (i === 0 ? 1 : senseChoice.margin)]));
        senses.sort((a, b) => support.get(b)! - support.get(a)!);
      }
      for (const synset of senses.slice(0, choice.senses)) for (const word of words.get(synset)!) related.add(word);
    }
    related.delete(lemma);
    related.delete('');
    return [...related];
  }

  /** The words one sense of a lemma relates to it, by `choice`'s relations (the lemma itself among them). */
  private wordsOfSense(synset: Synset, lemma: string, choice: WordNetChoice): string[] {
    const words = [...synset.words];
    const at = synset.words.indexOf(lemma) + 1;
    for (const [symbol, file, target, source, targetWord] of synset.pointers) {
      const derived = (choice.derivations && symbol === '+' && source === at) || (choice.pertainyms && symbol === '\\' && source === at);
      const broader = (choice.hypernyms && (symbol === '@' || symbol === '@i') && source === 0) || (choice.partOf && symbol === '#p' && source === 0);
      if (!derived && !broader) continue;
      // Only the other synset's words are read, not its pointers and gloss.
      const other = synsetWords(this.files.get(file)?.data ?? '', target);
      if (derived) words.push(other[targetWord - 1] ?? '');
      else words.push(...other);
    }
    if (choice.capitalsForCountries) words.push(...this.countryOfCapital(synset));
    return words;
  }

  /** The words of the country a national capital's synset is part of (through a district or an island), or none. */
  private countryOfCapital(synset: Synset): string[] {
    // Only the words of its hypernyms are read to tell: every candidate sense of a word is asked.
    if (!hypernymPointers(synset).some(([, file, target]) => synsetWords(this.files.get(file)?.data ?? '', target).includes('national capital'))) return [];
    const wholes = (of: Synset) => of.pointers.filter(([symbol, , , source]) => symbol === '#p' && source === 0).flatMap(([, file, target]) => this.synsetAt(file, target) ?? []);
    const near = wholes(synset);
    const country = [...near, ...near.flatMap(wholes)].find((whole) => this.broader(whole, 3).some((other) => other.words.includes('country')));
    return country?.words ?? [];
  }

  /** The synsets above one (its hypernyms, instance or not), up to `levels` up. */
  private broader(synset: Synset, levels: number): Synset[] {
    const up = hypernymPointers(synset).flatMap(([, file, target]) => this.synsetAt(file, target) ?? []);
    return levels <= 1 ? up : [...up, ...up.flatMap((other) => this.broader(other, levels - 1))];
  }

  private synsetAt(file: string, offset: number): Synset | null {
    return parseSynset(this.files.get(file)?.data ?? '', offset);
  }

  /**
   * What tells one sense of a word from another: its synset's other words, its gloss's
   * definition, and the words of the synsets it points at (broader, narrower, derived, part of…).
   * The microchip sense of "chip" speaks of "semiconductor", "circuit", "electronic"; its
   * commonest sense, of "fragment", "flake", "scrap".
   */
  private signature(synset: Synset, lemma: string): string[] {
    const at = synset.words.indexOf(lemma) + 1;
    const words = [...synset.words.filter((word) => word !== lemma), ...definition(synset).split(/[^\p{L}\p{N}-]+/u)];
    for (const [, file, target, source] of synset.pointers) {
      if (source === 0 || source === at) words.push(...synsetWords(this.files.get(file)?.data ?? '', target));
    }
    return words.filter((word) => word !== '');
  }
}

/** How a word's senses compete: the first `candidates`, by the corpus's support for each one's words. */
export interface SenseChoice {
  candidates: number;
  /** A rarer sense wins only with this many times the commonest sense's support. */
  margin: number;
  /** How much the corpus speaks of a sense, from the words of its signature (0: not at all). */
  support(words: readonly string[]): number;
  /**
   * Whether a related word would count for the caller (the corpus has it): senses that would add
   * the same counted words need not compete. Without it, every word counts.
   */
  counts?(word: string): boolean;
}

/**
 * Whether each sense would add the same words (those `counts` keeps, the lemma left out): then
 * whichever sense wins, the result is the same, and their support — the costly part, reading every
 * synset a sense points at — need not be weighed. So it often is: a sense's other words are mostly
 * words the corpus lacks (the 1,842 words of the five question sets weigh 3,636 senses, not 5,667).
 */
function addTheSame(senses: readonly (readonly string[])[], lemma: string, counts: (word: string) => boolean = () => true): boolean {
  const key = (words: readonly string[]) => [...new Set(words.filter((word) => word !== lemma && word !== '' && counts(word)))].sort().join('\n');
  const first = key(senses[0] ?? []);
  return senses.every((words) => key(words) === first);
}

/** The index file's line for a lemma (WordNet's spelling: lower case, "_" for spaces), by binary search. */
function indexLine(index: string, entries: number, lemma: string): string | null {
  const start = firstLineFrom(index, entries, (line) => index.slice(line, index.indexOf(' ', line)) < lemma);
  if (index.slice(start, index.indexOf(' ', start)) !== lemma) return null;
  const end = index.indexOf('\n', start);
  return index.slice(start, end === -1 ? undefined : end).trimEnd();
}

/**
 * Where the first line of a sorted text, from `from`, that does not come `before` what is sought
 * starts (the text's length when every line does), by binary search.
 */
function firstLineFrom(text: string, from: number, before: (lineStart: number) => boolean): number {
  let low = from;
  let high = text.length;
  while (low < high) {
    const start = text.lastIndexOf('\n', ((low + high) >>> 1) - 1) + 1;
    if (before(start)) {
      const end = text.indexOf('\n', start);
      low = end === -1 ? text.length : end + 1;
    } else high = start;
  }
  return low;
}

/** Where the first entry of an index file starts: its licence's lines start with spaces. */
function firstEntry(index: string): number {
  let at = 0;
  while (index.startsWith(' ', at)) at = index.indexOf('\n', at) + 1;
  return at;
}

/** The synset line at a byte offset of a data file, or null when the offset points at no synset. */
function parseSynset(data: string, offset: number): Synset | null {
  const lineEnd = data.indexOf('\n', offset);
  const line = data.slice(offset, lineEnd === -1 ? undefined : lineEnd);
  const bar = line.indexOf(' | ');
  const fields = (bar === -1 ? line : line.slice(0, bar)).split(' ');
  if (Number(fields[0]) !== offset) return null;
  const words = wordsOf(fields);
  let at = 4 + 2 * words.length;
  const pointerCount = Number(fields[at++]);
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const sourceTarget = fields[at + 3] ?? '0000';
    pointers.push([fields[at]!, POS_FILE[fields[at + 2] ?? ''] ?? '', Number(fields[at + 1]), parseInt(sourceTarget.slice(0, 2), 16), parseInt(sourceTarget.slice(2), 16)]);
  }
  return { words, pointers, gloss: bar === -1 ? '' : line.slice(bar + 3) };
}

/** A synset's pointers to its hypernyms, instance or not (the whole synset's, not one word's). */
function hypernymPointers(synset: Synset): Synset['pointers'] {
  return synset.pointers.filter(([symbol, , , source]) => (symbol === '@' || symbol === '@i') && source === 0);
}

/** A synset's gloss without its quoted examples (they use the word, in any sense): read only when its senses compete. */
function definition(synset: Synset): string {
  return synset.gloss.replace(/"[^"]*"/g, ' ');
}

/**
 * Only the words of the synset at a byte offset (none when it points at no synset): a sense's
 * signature reads the words of every synset it points at, and a synset's line is mostly its own
 * pointers and gloss, which are not read then.
 */
function synsetWords(data: string, offset: number): string[] {
  // The header (offset, file number, part of speech, word count) and the words open the line:
  // only as many fields as those are split off.
  let end = offset;
  for (let i = 0; i < 3 && end !== -1; i++) end = data.indexOf(' ', end + 1);
  if (end === -1) return [];
  const countStart = end + 1;
  end = data.indexOf(' ', countStart);
  const wordCount = parseInt(data.slice(countStart, end === -1 ? undefined : end), 16);
  for (let i = 0; i < 2 * wordCount && end !== -1; i++) end = data.indexOf(' ', end + 1);
  const fields = data.slice(offset, end === -1 ? undefined : end).split(' ');
  if (Number(fields[0]) !== offset) return [];
  return wordsOf(fields);
}

/** A synset line's words, from its fields (lower case, "_" read as a space, a marker like "(a)" left off). */
function wordsOf(fields: readonly string[]): string[] {
  const wordCount = parseInt(fields[3] ?? '', 16);
  const words: string[] = [];
  for (let i = 0, at = 4; i < wordCount; i++, at += 2) {
    const word = fields[at] ?? '';
    words.push((word.endsWith(')') ? word.replace(/\(\w+\)$/, '') : word).replace(/_/g, ' ').toLowerCase());
  }
  return words;
}

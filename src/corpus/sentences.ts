/**
 * Sentence splitting for English policy prose (and Japanese 。).
 * Intl.Segmenter splits after "U.S.", "Mr." and initials, and before footnote markers, so it
 * cuts sentences in the middle; this splitter knows those cases.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'no', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ed', 'eds',
  'e.g', 'i.e', 'al', 'p', 'pp', 'vol', 'fig', 'gov', 'gen', 'rep', 'sen', 'amb',
]);

/** Words that open a new sentence even after a dotted acronym such as "U.S.". */
const SENTENCE_STARTERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'in', 'on', 'at', 'but', 'and', 'as', 'a', 'an',
  'we', 'they', 'he', 'she', 'there', 'however', 'meanwhile', 'moreover', 'while', 'although', 'for',
  'since', 'with', 'both', 'such', 'if', 'when', 'after', 'before', 'during', 'other', 'japan', 'tokyo',
]);

const MARKER = String.raw`(?:\[\d+\](?:\s?\[\d+\])*|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)`;
// A terminal mark, then closing quotes/brackets, then footnote markers, then whitespace.
const BOUNDARY = new RegExp(String.raw`([.?!…]["”’)\]]*${MARKER}?)(\s+)(?=["“‘(]?[A-Z0-9\u3040-\u30ff\u4e00-\u9fff])`, 'g');

/**
 * Every check looks back from a full stop over a window of this many characters, never over the
 * whole paragraph before it: a scan from the start at each full stop made splitting quadratic, and
 * a paragraph thousands of notes long took seconds. The words sought (an abbreviation, an initial,
 * "U.S.") are far shorter than the window, so the answers are the same.
 */
const LOOK_BACK = 32;

function isAbbreviationBefore(text: string, dotIndex: number): boolean {
  const from = Math.max(0, dotIndex - LOOK_BACK);
  const match = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(from, dotIndex));
  // A word that fills the whole window may go on before it: it is longer than any abbreviation.
  if (!match || (match.index === 0 && from > 0)) return false;
  const word = match[1]!;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "Erik M. Jacobs"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function isDottedAcronym(text: string, dotIndex: number): boolean {
  // The acronym is at most seven characters ("U.S.A.E"), so a start-of-window "^" can only match at the text's start.
  return /(?:^|[^A-Za-z])(?:[A-Za-z]\.){1,3}[A-Za-z]$/.test(text.slice(Math.max(0, dotIndex - LOOK_BACK), dotIndex));
}

const NEXT_WORD = /\S+/y;

/** The word after a boundary, read in place (a slice of the rest of the paragraph would copy it). */
function wordAt(text: string, index: number): string {
  NEXT_WORD.lastIndex = index;
  return NEXT_WORD.exec(text)?.[0] ?? '';
}

/**
 * Sentences in reading order. A blank line ends a sentence even without a full stop: passages
 * join short paragraphs with one, and a paragraph (a list item, a leftover heading) may end bare.
 */
export function splitSentences(text: string): string[] {
  return text.split(/\n\s*\n/).flatMap(splitParagraph);
}

function splitParagraph(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const terminal = match[1] ?? '';
    const end = (match.index ?? 0) + terminal.length;
    if (terminal.startsWith('.')) {
      const dot = match.index ?? 0;
      const next = wordAt(text, end + (match[2]?.length ?? 0));
      const nextWord = next.replace(/^["“‘(]/, '').replace(/[^A-Za-z].*$/, '').toLowerCase();
      if (isAbbreviationBefore(text, dot)) continue;
      if (isDottedAcronym(text, dot) && !SENTENCE_STARTERS.has(nextWord)) continue;
    }
    sentences.push(text.slice(start, end).trim());
    start = end + (match[2]?.length ?? 0);
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences.flatMap(splitJapanese).filter((s) => s !== '');
}

/** Japanese sentences end with 。！？ and no space follows them. */
function splitJapanese(sentence: string): string[] {
  if (!/[。！？]/.test(sentence)) return [sentence];
  return sentence.split(/(?<=[。！？])/).map((s) => s.trim());
}

export function countWords(text: string): number {
  const latin = text.match(/[A-Za-z0-9][\w'’&+.-]*/g)?.length ?? 0;
  // Japanese has no spaces: count roughly two characters as a word, so the 40–180 word range still
  // means "a readable chunk".
  const cjk = text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  return latin + Math.ceil(cjk / 2);
}

import { isAcronymShaped, tokens } from '../../shared/text/acronym-tokens.js';
import { NAME_STOP_WORDS } from '../../shared/text/stop-words.js';
import type { SentenceRef } from '../types.js';

/**
 * What the corpus says about words written in capitals, to tell an acronym from a word merely set
 * in capitals: transcripts print speaker labels ("PRIME MINISTER KISHIDA:", "MR. PATEL:") and
 * fact sheets headings ("ADVANCING A FREE AND OPEN INDO-PACIFIC") in capitals, and neither is an
 * acronym. Built once from the running text.
 */
export interface CapitalsEvidence {
  /** Words written mid-sentence in Title case ("Kishida", "Patel"): names and ordinary capitalised words. */
  titleCase: ReadonlySet<string>;
  /** Words written in lower case ("looking", "forward"). */
  lowerCase: ReadonlySet<string>;
}

/** A web address: its words are a file name's, not the author's ("…/FACT-SHEET-U.S.-Japan-…pdf"). */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s)\]>]+/g;

export function capitalsEvidence(sentences: readonly SentenceRef[]): CapitalsEvidence {
  const titleCase = new Set<string>();
  const lowerCase = new Set<string>();
  for (const ref of sentences) {
    const addresses = [...ref.sentence.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
    // Whole tokens: "Covid-19" is not the word "Covid", so it does not make COVID a name; nor is a web address's "doe" a word.
    tokens(ref.sentence).forEach((token, i) => {
      const word = token.text;
      if (addresses.some(([start, end]) => token.start >= start && token.end <= end)) return;
      if (/^\p{Ll}+$/u.test(word)) lowerCase.add(word);
      else if (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(word) && !/[:\n]\s*$/.test(ref.sentence.slice(0, token.start))) titleCase.add(word.toLowerCase());
    });
  }
  return { titleCase, lowerCase };
}

/** Where a speaker label may stand: at the start of a sentence or a line, capitals up to a colon ("Q:", "MR. PATEL:"). */
const LABEL = /(?:^|\n)[ \t]*((?:[A-Z][A-Z.'’-]*[ \t]+){0,6}[A-Z][A-Z.'’-]*)[ \t]*:/g;

/** Words of a run of capitals, as the run rule sees them. */
interface CapitalWord {
  start: number;
  end: number;
  text: string;
}

/**
 * The acronym-shaped tokens of a sentence that stand as acronyms in running text, mixed with
 * lower-case words. Left out: everything in a sentence with no lower-case letter; a speaker
 * label's words; a web address; a run of three or more words in capitals, or of two with a function word or an
 * ordinary word among them ("FACT SHEET", "LOOKING FORWARD"); a name the corpus also writes in
 * Title case mid-sentence ("KISHIDA" beside "Kishida"); a long word (six letters or more) the
 * corpus also writes in lower case ("ADMINISTRATION"). Acronyms that are short ordinary words
 * ("WHO", "IT") stay: standing alone among lower-case words they are acronyms.
 */
export function runningAcronyms(sentence: string, evidence: CapitalsEvidence): { text: string; start: number; end: number }[] {
  if (!/\p{Ll}/u.test(sentence)) return [];
  const excluded: [number, number][] = [];
  for (const label of sentence.matchAll(LABEL)) excluded.push([label.index, label.index + label[0].length]);
  for (const address of sentence.matchAll(ADDRESS)) excluded.push([address.index, address.index + address[0].length]);
  for (const run of capitalRuns(sentence)) {
    const ordinary = run.some((word) => NAME_STOP_WORDS.has(word.text.toLowerCase()) || evidence.lowerCase.has(word.text.toLowerCase()));
    if (run.length >= 3 || (run.length === 2 && ordinary)) excluded.push([run[0]!.start, run.at(-1)!.end]);
  }
  return tokens(sentence).filter((token) => {
    if (!isAcronymShaped(token.text)) return false;
    if (excluded.some(([start, end]) => token.start >= start && token.end <= end)) return false;
    const word = token.text.toLowerCase();
    if (!/^[A-Z]+$/.test(token.text)) return true;
    if (evidence.titleCase.has(word)) return false;
    return !(word.length >= 6 && evidence.lowerCase.has(word));
  });
}

/**
 * Runs of consecutive words in capitals, letters only: dotted initials ("U.S.") and tokens with a
 * digit ("G7") are plainly abbreviations and break a run.
 */
function capitalRuns(sentence: string): CapitalWord[][] {
  const runs: CapitalWord[][] = [];
  let run: CapitalWord[] = [];
  let lastEnd = -1;
  for (const match of sentence.matchAll(/[\p{L}\d][\p{L}\d&.'’-]*/gu)) {
    const text = match[0].replace(/[.'’-]+$/, '');
    const capitals = /^[A-Z][A-Z&'’-]*$/.test(text) && !/^(?:[A-Z]\.){2,}/.test(match[0]);
    // Only spaces join a run: "DOE, DOD, and the" is a list of acronyms, not a heading.
    const adjacent = lastEnd >= 0 && /^\s+$/.test(sentence.slice(lastEnd, match.index));
    if (!capitals || !adjacent) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (capitals) run.push({ start: match.index, end: match.index + match[0].length, text });
    lastEnd = match.index + match[0].length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

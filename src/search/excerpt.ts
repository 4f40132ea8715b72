import type { TextRun } from './text-run.js';
import { terms } from '../shared/text/search-terms.js';
import { recentlyMemoized } from '../shared/text/memo.js';
import { excerptTokens, readPassage, type ReadPassage, type ReadToken } from './passage-reading.js';
import { answerMentions, isCount, namesWrittenInside } from './answer-mentions.js';
import { soughtKinds } from './answer-kind-evidence.js';
import { askedAct, type AnswerKind } from './question-kind.js';
import { isSearchStopWord } from '../shared/text/stop-words.js';

export const EXCERPT_MAX_CHARS = 400;

/**
 * How much a sentence holding what the question asks for (a who's actor, a when's date) gains
 * over one that only shares its words: its score is multiplied by 1 + KIND_WEIGHT × the share of
 * the asked kinds it holds. It still needs matched terms: a date alone answers nothing. Chosen on
 * the eval's tuning split, by how often the single best sentence holds the question's phrase: every
 * weight from 2.5 to 10 did as well; 3 is the low end, so shared words still count for most.
 */
export const KIND_WEIGHT = 3;

/**
 * How much more the act a "who" question asks about counts (question-kind.ts, askedAct): "who
 * blocked the Nippon Steel deal" is answered where the blocking is told, not where the deal is.
 * Chosen on the tuning split with KIND_WEIGHT: 2 and 3 did alike, 1.5 less well.
 */
export const ACT_WEIGHT = 2;

/**
 * A sentence that holds the kind of thing the question asks for and opens by pointing back often
 * tells it of what the sentence before it names ("… met for the second meeting of the
 * ministerial-level EPCC. That meeting took place on the sidelines of the APEC meeting in San
 * Francisco"): its score is then at least this share of the pair's matched terms
 * (answer-kind-evidence.ts reads sentence pairs for the ranking). On the tuning split every share
 * from 0.4 to 0.75 did alike ("excerpt has phrase" on `fresh` 34 → 35 of 37, no set lower); at 1
 * `papers` and `fresh` each lost one beside the White House documents. Without the pointing back,
 * a sentence holding a date and nothing else won after one holding the question.
 */
export const PREVIOUS_SENTENCE_SHARE = 0.6;

/** A sentence that opens by pointing back to the one before it: "That meeting …", "It was …", "But these …". */
const POINTS_BACK = /^(?:(?:but|and|yet|so|however|still),?\s+)?(?:this|that|these|those|it|its|they|their|he|his|she|her|such)\b/i;

/**
 * When the best sentence lacks question words another sentence of the passage holds, that
 * sentence joins the excerpt even where it is not next to it, after an ellipsis ("In December
 * 2023, U.S. Steel announced a … deal to sell itself to Nippon Steel. … In January 2025,
 * President Joe Biden blocked the merger …"), if what it adds weighs at least this share of the
 * best sentence's score. On the tuning split every share from 0 to 0.25 did alike ("excerpt has
 * phrase" on `dev` 40 → 42 of 43, no set lower); 0.5 did less well. 0.25: the fewest gaps.
 */
export const SECOND_SENTENCE_SHARE = 0.25;

/** Between two sentences of an excerpt that are not next to each other in the passage. */
export const EXCERPT_GAP = ' … ';

/**
 * The passages last shown, as the excerpt reads them: the same passages answer question after
 * question, and reading one again (its sentences, every token's terms) was about a tenth of an
 * answer's time on the papers. About 13 KiB each: 512 of them, about 6.5 MiB at most.
 */
const readShown: (passageText: string) => ReadPassage = recentlyMemoized(512, readPassage);

interface Excerpt {
  text: string;
  /** The excerpt split into plain and marked (matched-term) runs. */
  spans: TextRun[];
}

/** Split text into spans, marking every token (offsets in `text`) whose processed form is a matched term. */
function markTerms(text: string, tokens: readonly ReadToken[], matched: ReadonlySet<string>): TextRun[] {
  const spans: TextRun[] = [];
  let cursor = 0;
  for (const token of tokens) {
    if (token.start < cursor || !token.terms.some((term) => matched.has(term))) continue;
    // A sentence's full stop is not part of the word, but "U.S." keeps its dots.
    const dotted = /^(?:[A-Za-z]\.)+$/.test(token.raw);
    const end = token.raw.endsWith('.') && !dotted ? token.end - 1 : token.end;
    if (token.start > cursor) spans.push({ text: text.slice(cursor, token.start) });
    spans.push({ text: text.slice(token.start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) spans.push({ text: text.slice(cursor) });
  // Adjacent marked words read better as one marked phrase ("export controls").
  return spans.reduce<TextRun[]>((merged, span) => {
    const last = merged[merged.length - 1];
    const gap = merged[merged.length - 2];
    if (span.marked && last && !last.marked && /^\s+$/.test(last.text) && gap?.marked) {
      merged.pop();
      gap.text += last.text + span.text;
    } else merged.push({ ...span });
    return merged;
  }, []);
}

/**
 * The one to three whole sentences of a passage that best answer the question, at most about
 * 400 characters (a single longer sentence is kept whole: sentences are never cut). Sentences are
 * scored by the weight of the matched terms they hold, more when they also hold the kind of thing
 * the question asks for (question-kind.ts).
 */
export function bestExcerpt(passageText: string, matched: ReadonlySet<string>, weight: (term: string) => number, question: string): Excerpt {
  return excerptReader(question)(passageText, matched, weight);
}

/** What a question asks for, read once for all the passages it is answered from. */
interface AskedFor {
  kinds: AnswerKind[];
  questionTerms: string[];
  act: ReadonlySet<string>;
  /** What a "how many" question counts (countedWords), as terms; empty for any other question. */
  counted: ReadonlySet<string>;
}

/** `bestExcerpt` for one question and several passages: the question is read once. */
export function excerptReader(question: string): (passageText: string, matched: ReadonlySet<string>, weight: (term: string) => number) => Excerpt {
  // A question that writes a date or a figure itself ("when did Kishida meet Biden in Tokyo on
  // May 23, 2022") checks it: the sentence telling that is the answer, not one with another date.
  const asked: AskedFor = {
    kinds: soughtKinds(question),
    questionTerms: terms(question),
    act: new Set(terms(askedAct(question) ?? '')),
    counted: new Set(terms(countedWords(question))),
  };
  return (passageText, matched, weight) => chooseExcerpt(passageText, matched, weight, asked);
}

/** What a "how many" question counts: its words after "how many", up to three, as far as the first stop word ("how many items did Japan add" → "items"). */
function countedWords(question: string): string {
  const after = /\bhow\s+many\s+((?:[\p{L}\p{N}'’-]+\s*){1,3})/iu.exec(question)?.[1] ?? '';
  const words = after.trim().split(/\s+/);
  const stop = words.findIndex((word) => isSearchStopWord(word.toLowerCase()));
  return (stop < 0 ? words : words.slice(0, stop)).join(' ');
}

/** The sentences (by index) with a number followed, within three words, by a word of what a "how many" question counts; null when none has one. */
function sentencesCounting(tokens: readonly (readonly ReadToken[])[], counted: ReadonlySet<string>): ReadonlySet<number> | null {
  const counting = new Set<number>();
  tokens.forEach((sentence, i) => {
    for (let j = 0; j < sentence.length && !counting.has(i); j++) {
      if (!isCount(sentence[j]!.raw)) continue;
      for (let k = j + 1; k <= j + 3 && k < sentence.length; k++) if (sentence[k]!.terms.some((term) => counted.has(term))) counting.add(i);
    }
  });
  return counting.size === 0 ? null : counting;
}

function chooseExcerpt(passageText: string, matched: ReadonlySet<string>, weight: (term: string) => number, { kinds, questionTerms, act, counted }: AskedFor): Excerpt {
  const passage = readShown(passageText);
  const { sentences, offsets } = passage;
  const given = new Set([...questionTerms, ...matched]);
  const names = kinds.length === 0 ? new Set<string>() : namesWrittenInside(sentences);
  // "How many working groups": the sentence with a number counting them ("Six working groups"),
  // not one whose only figure counts something else ("a two-year effort") — where one counts them.
  const countingSentences = kinds.includes('figure') && counted.size > 0 ? sentencesCounting(passage.tokens, counted) : null;
  // A matched term's weight, more for the act a "who" question asks about.
  const termWeight = (term: string) => weight(term) * (act.has(term) ? ACT_WEIGHT : 1);
  // Each sentence's matched terms, for the sentence that completes the best one.
  const termsHeld: Set<string>[] = [];
  const scores = sentences.map((sentence, i) => {
    // Each matched term once, summed in the order the sentence first has it; in loops, since
    // this runs for every sentence of every passage shown.
    const found = new Set<string>();
    termsHeld[i] = found;
    let score = 0;
    for (const token of passage.tokens[i]!) {
      for (const term of token.terms) {
        if (!matched.has(term) || found.has(term)) continue;
        found.add(term);
        score += termWeight(term);
      }
    }
    if (kinds.length === 0) return score;
    // Read with the sentence before it when it points back to it ("That meeting took place in …").
    let base = score;
    if (i > 0 && POINTS_BACK.test(sentence)) {
      let pair = score;
      for (const term of termsHeld[i - 1]!) if (!found.has(term)) pair += termWeight(term);
      base = Math.max(score, PREVIOUS_SENTENCE_SHARE * pair);
    }
    if (base === 0) return score;
    const held = answerMentions(sentence, names, (term) => given.has(term));
    const share = kinds.filter((kind) => held.has(kind) && !(kind === 'figure' && countingSentences !== null && !countingSentences.has(i))).length / kinds.length;
    if (share === 0) return score;
    return base * (1 + KIND_WEIGHT * share);
  });
  let best = scores.indexOf(Math.max(...scores));
  if (best < 0) best = 0;
  const other = completing(termsHeld, best, termWeight);
  if (other !== null && Math.abs(other.at - best) > 1 && other.adds >= SECOND_SENTENCE_SHARE * scores[best]! && sentences[best]!.length + sentences[other.at]!.length + EXCERPT_GAP.length <= EXCERPT_MAX_CHARS) {
    // Two sentences apart, each cut from the passage itself: verbatim, the gap marked.
    const pieces = [Math.min(best, other.at), Math.max(best, other.at)].map((i) => {
      const text = passageText.slice(offsets[i]![0], offsets[i]![1]);
      return { text, spans: markTerms(text, excerptTokens(passage, text, i, i), matched) };
    });
    return { text: pieces.map((piece) => piece.text).join(EXCERPT_GAP), spans: [...pieces[0]!.spans, { text: EXCERPT_GAP }, ...pieces[1]!.spans] };
  }
  let from = best;
  let to = best;
  const length = () => sentences.slice(from, to + 1).join(' ').length;
  // Grow towards the better-scoring neighbour while it fits: context makes a quote readable.
  while (to - from < 2) {
    const before = from > 0 ? scores[from - 1]! : -1;
    const after = to < sentences.length - 1 ? scores[to + 1]! : -1;
    if (before < 0 && after < 0) break;
    const takeAfter = after > before || (after === before && after >= 0);
    const next = takeAfter ? sentences[to + 1]! : sentences[from - 1]!;
    if (length() + 1 + next.length > EXCERPT_MAX_CHARS) break;
    if (takeAfter) to += 1;
    else from -= 1;
  }
  // Cut from the passage itself, so the excerpt is verbatim even across a paragraph break.
  const text = passageText.slice(offsets[from]![0], offsets[to]![1]);
  return { text, spans: markTerms(text, excerptTokens(passage, text, from, to), matched) };
}

/** The sentence that holds the most weight of matched terms the best sentence lacks, and that weight; null when none adds any. */
function completing(termsHeld: readonly ReadonlySet<string>[], best: number, weightOf: (term: string) => number): { at: number; adds: number } | null {
  let found: { at: number; adds: number } | null = null;
  termsHeld.forEach((terms, at) => {
    if (at === best) return;
    let adds = 0;
    for (const term of terms) if (!termsHeld[best]!.has(term)) adds += weightOf(term);
    if (adds > (found?.adds ?? 0)) found = { at, adds };
  });
  return found;
}

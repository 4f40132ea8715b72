import { splitSentences } from '../corpus/index.js';
import { recentlyMemoized } from '../shared/text/memo.js';
import { answerMentions, namesWrittenInside } from './answer-mentions.js';
import { answerKinds, type AnswerKind } from './question-kind.js';

/**
 * Answer-type evidence, a standard step of question answering: a question that asks for a kind of
 * thing — who (an actor), when (a date), how much (a figure), where (a place) — is better answered
 * by a passage in which one sentence both holds much of the question and a mention of that kind
 * the question does not already give. "where was the second economic 2+2 held" is answered by
 * the sentence that names the meeting and San Francisco, not by one that names the meeting alone.
 */

/**
 * The kinds a question asks for that it does not write itself: "when did Kishida meet Biden on
 * May 23, 2022" gives its date, so another date answers nothing.
 */
export function soughtKinds(question: string): AnswerKind[] {
  const written = answerMentions(question, new Set(), () => false);
  return answerKinds(question).filter((kind) => !((kind === 'date' || kind === 'figure') && written.has(kind)));
}

/** A passage as answer-type evidence reads it, with the corpus tokenizer (names whole): its sentences, each one's terms, its names. (The excerpt reads passages with the plain tokenizer: passage-reading.ts.) */
export interface SentenceTerms {
  sentences: readonly string[];
  terms: readonly HeldTerms[];
  names: ReadonlySet<string>;
}

/**
 * A sentence's distinct terms, and the same as the index's term ids — `ids[start..end)`, one
 * array for the passage's sentences — with the few the index lacks (`others`, from text the index
 * does not read, such as note markers): the share of the question a sentence holds is counted for
 * every sentence of every candidate, by id.
 */
export interface HeldTerms {
  set: ReadonlySet<string>;
  ids: Uint32Array;
  start: number;
  end: number;
  others: readonly string[];
}

const NONE: readonly string[] = [];

/**
 * Reads passages with the corpus's tokenizer, remembering the few thousand read most recently:
 * the same passages are candidates for question after question, and splitting and tokenizing them
 * again each time would cost more than the rest of the ranking. A corpus of 15,000 passages has
 * more candidates than that: the least recently read is forgotten first (memo.ts), never all at once.
 */
export function sentenceTermsReader(termsOf: (text: string) => readonly string[], idOf: (term: string) => number | undefined, limit = 4000): (passageText: string) => SentenceTerms {
  return recentlyMemoized(limit, (text) => {
    const sentences = splitSentences(text);
    const sets = sentences.map((sentence) => new Set(termsOf(sentence)));
    const ids = new Uint32Array(sets.reduce((sum, set) => sum + set.size, 0));
    let at = 0;
    const terms = sets.map((set): HeldTerms => {
      const start = at;
      let others: string[] | null = null;
      for (const term of set) {
        const id = idOf(term);
        if (id !== undefined) ids[at++] = id;
        else (others ??= []).push(term);
      }
      return { set, ids, start, end: at, others: others ?? NONE };
    });
    return { sentences, terms, names: namesWrittenInside(sentences) };
  });
}

export interface KindEvidenceSources {
  /** The passage's sentences and their terms (sentenceTermsReader). */
  read(passageText: string): SentenceTerms;
  /** The share (0–1) of the question's weight a sentence's terms hold, with the sentence before it's when given. */
  questionShare(terms: HeldTerms, before?: HeldTerms): number;
  /** Whether a term is one the question gives (its own terms, their expansions, what the passage matched). */
  given(term: string): boolean;
}

/**
 * 0–1: over the passage's sentences, the best product of the question's share the sentence holds
 * and the share of the sought kinds it mentions. 0 when the question seeks no kind. A sentence
 * often tells the answer of the one before it ("… met for the second meeting of the EPCC. That
 * meeting took place … in San Francisco"): read with it, the pair holds the question at
 * `previousShare` of their joint share (0: each sentence alone).
 */
export function answerKindEvidence(passageText: string, kinds: readonly AnswerKind[], sources: KindEvidenceSources, previousShare = 0): number {
  if (kinds.length === 0) return 0;
  const { sentences, terms, names } = sources.read(passageText);
  let best = 0;
  let before = 0;
  for (const [i, sentence] of sentences.entries()) {
    const alone = sources.questionShare(terms[i]!);
    // The pair holds at most what the two hold alone: its share is worked out only where it could count.
    const pairBound = previousShare * Math.min(1, alone + before);
    const share = i === 0 || pairBound <= Math.max(alone, best) ? alone : Math.max(alone, previousShare * sources.questionShare(terms[i]!, terms[i - 1]!));
    before = alone;
    // A sentence that cannot beat the best even holding every kind is not worth reading for names.
    if (share <= best) continue;
    const held = answerMentions(sentence, names, sources.given);
    best = Math.max(best, (share * kinds.filter((kind) => held.has(kind)).length) / kinds.length);
  }
  return best;
}

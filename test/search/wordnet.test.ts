import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/index.js';
import { CORRECTION_MEMORY, Lexicon } from '../../src/search/lexicon.js';
import { loadWordNet } from '../../src/search/load-wordnet.js';
import { baseForms } from '../../src/search/wordnet.js';

const wordNet = loadWordNet();

describe('WordNet, read from its own files', () => {
  it('finds a lemma by binary search in every part of speech, and only real lemmas', () => {
    expect(wordNet.has('minister')).toBe(true);
    expect(wordNet.has('meet')).toBe(true);
    expect(wordNet.has('united states')).toBe(true);
    expect(wordNet.has('rapidus')).toBe(false);
    expect(wordNet.has('zzzz')).toBe(false);
    expect(wordNet.has('')).toBe(false);
  });

  it("counts how often English uses a lemma: its senses' tags in WordNet's concordance, every part of speech", () => {
    expect(wordNet.tagCount('attend')).toBe(89);
    // "united states" is spelt with an underscore in WordNet's files.
    expect(wordNet.tagCount('united states')).toBeGreaterThan(0);
    // Only the lemma's own senses: "attendance" is another lemma, though "attend" begins it.
    expect(wordNet.tagCount('attendance')).toBeLessThan(wordNet.tagCount('attend'));
    expect(wordNet.tagCount('gallium')).toBe(0);
    expect(wordNet.tagCount('rapidus')).toBe(0);
    expect(wordNet.tagCount('')).toBe(0);
  });

  it("gives a sense's synset and, when asked, its derivations and hypernyms", () => {
    const plain = { senses: 1, derivations: false, hypernyms: false, pertainyms: false, partOf: false, capitalsForCountries: false };
    expect(wordNet.related('encounter', { ...plain, senses: 2 })).toEqual(expect.arrayContaining(['meet', 'run into']));
    expect(wordNet.related('meeting', plain)).not.toContain('meet');
    expect(wordNet.related('meeting', { ...plain, derivations: true })).toContain('meet');
    expect(wordNet.related('microchip', { ...plain, hypernyms: true })).toEqual(expect.arrayContaining(['semiconductor device']));
    expect(wordNet.related('japanese', { ...plain, pertainyms: true })).toContain('japan');
    expect(wordNet.related('tokyo', { ...plain, partOf: true })).toContain('japan');
    // A capital stands for its country, through the district or island it lies in; a city that is no capital does not.
    expect(wordNet.related('tokyo', { ...plain, capitalsForCountries: true })).toContain('japan');
    expect(wordNet.related('tokyo', { ...plain, capitalsForCountries: true })).not.toContain('honshu');
    expect(wordNet.related('washington', { ...plain, capitalsForCountries: true })).toEqual(expect.arrayContaining(['united states', 'u.s.']));
    expect(wordNet.related('beijing', { ...plain, capitalsForCountries: true })).toContain('china');
    expect(wordNet.related('osaka', { ...plain, capitalsForCountries: true })).not.toContain('japan');
    expect(wordNet.related('rapidus')).toEqual([]);
  });

  it('lets the corpus choose among senses, and keeps the commonest sense when none has support', () => {
    const plain = { senses: 1, derivations: false, hypernyms: false, pertainyms: false, partOf: false, capitalsForCountries: false };
    const commonest = wordNet.related('chip', plain);
    expect(commonest).toContain('flake');
    expect(commonest).not.toContain('microchip');
    expect(wordNet.related('chip', plain, { candidates: 9, margin: 1, support: () => 0 })).toEqual(commonest);
    const electronic = { candidates: 9, margin: 1, support: (words: readonly string[]) => words.filter((word) => word.includes('semiconductor')).length };
    expect(wordNet.related('chip', plain, electronic)).toEqual(expect.arrayContaining(['microchip', 'silicon chip']));
    expect(wordNet.related('chip', plain, electronic)).not.toContain('flake');
  });

  it('weighs no sense when every sense would add the same counted words, whichever wins', () => {
    const plain = { senses: 1, derivations: false, hypernyms: false, pertainyms: false, partOf: false, capitalsForCountries: false };
    const weighed = () => {
      let calls = 0;
      const choice = (counts: (word: string) => boolean) => ({ candidates: 9, margin: 1, support: () => (calls++, 0), counts });
      return { calls: () => calls, choice };
    };
    // No related word counts: the senses are not weighed, and the commonest sense's words come back.
    const none = weighed();
    expect(wordNet.related('chip', plain, none.choice(() => false))).toEqual(wordNet.related('chip', plain));
    expect(none.calls()).toBe(0);
    // "microchip" counts and only one sense adds it: every sense is weighed.
    const some = weighed();
    wordNet.related('chip', plain, some.choice((word) => word === 'microchip'));
    expect(some.calls()).toBeGreaterThan(1);
    // Without `counts` every word counts, and chip's senses differ.
    const every = { n: 0 };
    wordNet.related('chip', plain, { candidates: 9, margin: 1, support: () => (every.n++, 0) });
    expect(every.n).toBeGreaterThan(1);
  });

  it("weighs a sense by its synset's other words, its gloss and the words of the synsets it points at", () => {
    const plain = { senses: 1, derivations: false, hypernyms: false, pertainyms: false, partOf: false, capitalsForCountries: false };
    const signatures: string[][] = [];
    wordNet.related('chip', plain, { candidates: 9, margin: 1, support: (words) => (signatures.push([...words]), 0) });
    const microchip = signatures.find((words) => words.includes('microchip'))!;
    // Its synonyms, its gloss ("… a silicon semiconductor fabricated to carry out …"), its
    // hypernym's words and its hyponyms' words, never the word itself.
    expect(microchip).toEqual(expect.arrayContaining(['silicon chip', 'fabricated', 'semiconductor device', 'semiconductor unit', 'memory chip', 'microprocessor']));
    expect(microchip).not.toContain('chip');
    // Only the pointed-at synsets' words are read from their lines: every word outside a gloss
    // is a lemma, never a pointer's symbol, offset or part of speech.
    const glossWords = new Set(signatures.flat().filter((word) => !wordNet.has(word)));
    expect([...glossWords].every((word) => /^[a-z-]+$/.test(word))).toBe(true);
    expect(signatures.flat().filter((word) => /\d/.test(word))).toEqual([]);
  });

  it('reads an inflected word as the lemmas it may be', () => {
    expect(baseForms('ministers')).toContain('minister');
    expect(baseForms('meetings')).toContain('meeting');
    expect(baseForms('banned')).toContain('bann');
    expect(baseForms('agreed')).toContain('agree');
  });

  it('knows an English word by the inflection rules of its own part of speech', () => {
    for (const word of ['paused', 'planes', 'youth', 'sending', 'lunch', 'bigger']) expect(wordNet.knows(word), word).toBe(true);
    // "-ed" makes verbs, and "discus" is only a noun; a swapped pair of letters is no word.
    for (const word of ['discused', 'patnets', 'rapidus']) expect(wordNet.knows(word), word).toBe(false);
  });
});

describe('reading a word the corpus lacks as a typo', () => {
  const text = 'The launch of the new partnership followed a cause for concern among the ministers.';
  const documents = [parseDocument('a.md', `---\ntitle: A\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\n${text}\n`)];
  const lexiconFor = (correctEnglishWords: boolean) => {
    const lexicon = new Lexicon(documents, { fuzzy: 0.34, fuzzyMinLength: 5, senseCandidates: 1, senseMargin: 3, correctEnglishWords, initialisms: true });
    lexicon.indexed(new Set(lexicon.terms(text)));
    return lexicon;
  };

  it('corrects a slip that is no word, either way', () => {
    for (const lexicon of [lexiconFor(true), lexiconFor(false)]) expect(lexicon.corrections('lauhcn')).toEqual(lexicon.terms('launch'));
  });

  it('remembers a correction, forgetting the least recently asked first past CORRECTION_MEMORY', () => {
    const lexicon = lexiconFor(true);
    const first = lexicon.corrections('lauhcn');
    expect(lexicon.corrections('lauhcn')).toBe(first);
    // Made-up words, each asked once: the memory fills, and the oldest is forgotten first.
    const asked = (i: number) => `xq${[...i.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('')}zqz`;
    const older = lexicon.corrections('concren');
    for (let i = 0; i < CORRECTION_MEMORY - 2; i++) lexicon.corrections(asked(i));
    // Full now: "lauhcn", asked again, is the most recent; a new word pushes out "concren" alone.
    expect(lexicon.corrections('lauhcn')).toBe(first);
    lexicon.corrections(asked(CORRECTION_MEMORY));
    expect(lexicon.corrections('lauhcn')).toBe(first);
    const again = lexicon.corrections('concren');
    expect(again).not.toBe(older);
    expect(again).toEqual(older);
  });

  it('reads a typed word as its whole text is read, and remembers it', () => {
    const lexicon = lexiconFor(true);
    for (const word of ['Ministers', 'U.S.', 'co-operation', 'launch', '経済安全保障', 'the']) expect(lexicon.wordTerms(word)).toEqual(lexicon.terms(word));
    expect(lexicon.wordTerms('Ministers')).toBe(lexicon.wordTerms('Ministers'));
  });

  it('of several corpus words as near, reads a slip as the one the corpus uses most, not as all of them', () => {
    // "zause" is one edit from "cause" and from "pause"; a term's weight (its IDF) says which the corpus uses more.
    const both = 'The cause was clear. A pause followed.';
    const slipAmong = (uses: Record<string, number>) => {
      const lexicon = new Lexicon([parseDocument('b.md', `---\ntitle: B\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\n${both}\n`)], { fuzzy: 0.34, fuzzyMinLength: 5, senseCandidates: 1, senseMargin: 3, correctEnglishWords: true, initialisms: true });
      lexicon.indexed({ has: (term) => lexicon.terms(both).includes(term), weight: (term) => 1 / (uses[term] ?? 1) });
      return lexicon.corrections('zause');
    };
    expect(slipAmong({ caus: 2, paus: 1 })).toEqual(['caus']);
    expect(slipAmong({ caus: 1, paus: 2 })).toEqual(['paus']);
  });

  it('reads an English word as a typo only when correctEnglishWords is on', () => {
    expect(lexiconFor(true).corrections('lunch')).toEqual(lexiconFor(true).terms('launch'));
    expect(lexiconFor(false).corrections('lunch')).toEqual([]);
    expect(lexiconFor(false).corrections('paused')).toEqual([]);
  });
});

describe("the corpus's lexicon", () => {
  const text = 'The ministers held a meeting on the prohibition of exports, and the agreement was signed.';
  const documents = [parseDocument('a.md', `---\ntitle: A\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\n${text}\n`)];

  it('tells how often English uses a typed word by the lemma it is an inflection of', () => {
    const lexicon = new Lexicon(documents, { fuzzy: 0.2, fuzzyMinLength: 5, senseCandidates: 1, senseMargin: 1, correctEnglishWords: true, initialisms: false });
    expect(lexicon.englishUse('Attended')).toBe(wordNet.tagCount('attend'));
    expect(lexicon.englishUse('meetings')).toBe(wordNet.tagCount('meeting'));
    expect(lexicon.englishUse('Rapidus')).toBe(0);
  });

  it('lets a question word stand only for words the corpus has', () => {
    const lexicon = new Lexicon(documents, { fuzzy: 0.15, fuzzyMinLength: 5, senseCandidates: 1, senseMargin: 3, correctEnglishWords: true, initialisms: true });
    const vocabulary = new Map(lexicon.terms(text).map((term) => [term, 1]));
    lexicon.indexed(vocabulary);
    expect(lexicon.relatedTo('ban')).toEqual([lexicon.terms('prohibition')]);
    for (const word of ['encounter', 'ban', 'deal', 'chip', 'meeting', 'treaty']) {
      for (const phrase of lexicon.relatedTo(word)) for (const term of phrase) expect(vocabulary.has(term)).toBe(true);
    }
  });

  it("reads a word in the sense its corpus speaks of: a chip is a microchip among semiconductors", () => {
    const electronic = 'Semiconductor makers put each microchip in electronic equipment; a bit of the budget buys circuits.';
    const chipCorpus = [parseDocument('b.md', `---\ntitle: B\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\n${electronic}\n`)];
    const related = (senseCandidates: number) => {
      const lexicon = new Lexicon(chipCorpus, { fuzzy: 0.15, fuzzyMinLength: 5, senseCandidates, senseMargin: 1, correctEnglishWords: true, initialisms: true });
      lexicon.indexed(new Set(lexicon.terms(electronic)));
      return { lexicon, chip: lexicon.relatedTo('chip') };
    };
    const commonest = related(1);
    expect(commonest.chip).toContainEqual(commonest.lexicon.terms('bit'));
    expect(commonest.chip).not.toContainEqual(commonest.lexicon.terms('microchip'));
    const chosen = related(9);
    expect(chosen.chip).toContainEqual(chosen.lexicon.terms('microchip'));
    expect(chosen.chip).not.toContainEqual(chosen.lexicon.terms('bit'));
  });
});

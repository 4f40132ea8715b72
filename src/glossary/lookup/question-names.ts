import { acronymKey, keyTokens, type KeyToken } from '../../shared/text/name-keys.js';
import { NAME_STOP_WORDS } from '../../shared/text/stop-words.js';
import { isAcronymShaped, tokens } from '../../shared/text/acronym-tokens.js';
import type { Glossary, GlossaryEntry } from '../types.js';

/** An entry a question names, and the words of the question that name it. */
interface Named {
  entry: GlossaryEntry;
  /** The question's own words, as typed: "epcc", "economic two plus two". */
  from: string;
  by: 'short form' | 'name';
}

/**
 * The entries a question names: by acronym — in capitals or dots, the papers' own mixed case, or
 * in lower case when that is not also a word ("meti" yes, "us" and "core" no), or tied by a
 * slash to one that counts ("doc/meti") — or by a long form or alias spelled out in its words.
 */
export function namedIn(glossary: Glossary, question: string): Named[] {
  return [...byShortForm(glossary, question), ...byName(glossary, question)];
}

function byShortForm(glossary: Glossary, text: string): Named[] {
  const candidates = tokens(text).map((token) => {
    const ids = glossary.index.shortForms.get(acronymKey(token.text)) ?? [];
    return { token, ids, sure: ids.length > 0 && writtenAsAcronym(glossary, token.text, ids) };
  });
  const found: Named[] = [];
  candidates.forEach((candidate, i) => {
    const tied = [candidates[i - 1], candidates[i + 1]].some((other) => {
      if (!other?.sure) return false;
      const [a, b] = other.token.start < candidate.token.start ? [other.token, candidate.token] : [candidate.token, other.token];
      return /^\s*\/\s*$/.test(text.slice(a.end, b.start));
    });
    if (!candidate.sure && !tied) return;
    for (const id of candidate.ids) {
      if (!found.some((named) => named.entry.id === id)) found.push({ entry: glossary.byId.get(id)!, from: candidate.token.text, by: 'short form' });
    }
  });
  return found;
}

function writtenAsAcronym(glossary: Glossary, written: string, ids: readonly string[]): boolean {
  if (isAcronymShaped(written) || /^(?:[a-z]\.){2,}$/i.test(written)) return true;
  const entries = ids.map((id) => glossary.byId.get(id)!);
  if (entries.some((entry) => [entry.acronym, ...entry.spellings, ...entry.misspellings].includes(written))) return true;
  return !glossary.index.ordinaryWords.has(acronymKey(written));
}

/** Long forms and aliases spelled out as a run of the question's words; a bare alias core ("2+2") unless another qualifier comes first ("security 2+2"). */
function byName(glossary: Glossary, text: string): Named[] {
  const all = keyTokens(text);
  const content = all.filter((token) => !NAME_STOP_WORDS.has(token.word));
  const found: Named[] = [];
  const add = (ids: readonly string[], run: KeyToken[]) => {
    for (const id of ids) if (!found.some((named) => named.entry.id === id)) found.push({ entry: glossary.byId.get(id)!, from: text.slice(run[0]!.start, run.at(-1)!.end), by: 'name' });
  };
  const { spelled, cores } = nameRuns(glossary.index);
  for (const name of spelled.startingWith(content)) {
    const run = findRun(content, name.words);
    if (run) add(name.ids, run);
  }
  for (const core of cores.startingWith(all)) {
    const run = findRun(all, core.words);
    const before = run ? all[all.indexOf(run[0]!) - 1]?.word : undefined;
    if (run && !core.otherQualifiers.includes(before ?? '')) add(core.ids, run);
  }
  return found;
}

interface NameRun {
  words: readonly string[];
  ids: readonly string[];
  otherQualifiers: readonly string[];
}

/**
 * Names of several words (long forms, then aliases) and alias cores, each under its first word:
 * a question is matched against the few names that start with one of its words, not the whole
 * glossary. `startingWith` gives them in the glossary's own order, so the entries found, and the
 * words that named them, are the same as reading every name in turn.
 */
class NamesByFirstWord {
  private readonly names: NameRun[] = [];
  private readonly byFirst = new Map<string, number[]>();

  add(name: NameRun): void {
    const first = name.words[0]!;
    const places = this.byFirst.get(first);
    if (places === undefined) this.byFirst.set(first, [this.names.length]);
    else places.push(this.names.length);
    this.names.push(name);
  }

  startingWith(tokens: readonly KeyToken[]): NameRun[] {
    const places = new Set<number>();
    for (const token of tokens) for (const place of this.byFirst.get(token.word) ?? []) places.add(place);
    return [...places].sort((a, b) => a - b).map((place) => this.names[place]!);
  }
}

const runsByIndex = new WeakMap<Glossary['index'], { spelled: NamesByFirstWord; cores: NamesByFirstWord }>();

/** The glossary index's names by first word, made on the first question and kept while the index lives. */
function nameRuns(index: Glossary['index']): { spelled: NamesByFirstWord; cores: NamesByFirstWord } {
  let runs = runsByIndex.get(index);
  if (runs === undefined) {
    runs = { spelled: new NamesByFirstWord(), cores: new NamesByFirstWord() };
    for (const [key, ids] of [...index.longForms, ...index.aliases]) if (key.includes(' ')) runs.spelled.add({ words: key.split(' '), ids, otherQualifiers: [] });
    for (const [core, { ids, otherQualifiers }] of index.aliasCores) runs.cores.add({ words: core.split(' '), ids, otherQualifiers });
    runsByIndex.set(index, runs);
  }
  return runs;
}

function findRun(tokens: readonly KeyToken[], words: readonly string[]): KeyToken[] | undefined {
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((word, k) => tokens[i + k]!.word === word)) return tokens.slice(i, i + words.length);
  }
  return undefined;
}

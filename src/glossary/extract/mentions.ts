import { keyTokens, type KeyToken } from '../../shared/text/name-keys.js';
import { NAME_STOP_WORDS } from '../../shared/text/stop-words.js';
import { blankMarkers, tokens, undotted } from '../../shared/text/acronym-tokens.js';

/** The names an entry goes by in running text. */
export interface Names {
  id: string;
  /** Short forms exactly as written, dots aside ("US" covers "U.S."): case matters, so "core" is not "CoRe". */
  written: readonly string[];
  /** Long forms, with and without their leading countries. */
  longForms: readonly string[];
  aliases: readonly string[];
}

export interface NameMention {
  id: string;
  start: number;
  end: number;
  by: 'short form' | 'long form' | 'alias';
}

interface Phrase {
  id: string;
  words: string[];
  /** May punctuation separate word k from word k+1? Only where the name itself has it ("Economy, Trade"). */
  punctuated: boolean[];
  by: NameMention['by'];
}

/** Punctuation that ends a name: "research, development, and rulemaking" is not R&D. */
const BREAK = /[,;:.()!?—–]/;

/** Finds every entry a sentence names, by short form, long form or alias. Built once. */
export class MentionFinder {
  private readonly byWritten = new Map<string, string[]>();
  private readonly byFirstWord = new Map<string, Phrase[]>();

  constructor(names: readonly Names[]) {
    for (const entry of names) {
      for (const form of entry.written) push(this.byWritten, undotted(form), entry.id);
      const phrases = [...entry.longForms.map((p) => [p, 'long form'] as const), ...entry.aliases.map((p) => [p, 'alias'] as const)];
      for (const [text, by] of phrases) {
        const content = contentTokens(text);
        // One word is too weak a sign of a name.
        if (content.length < 2) continue;
        const punctuated = content.slice(1).map((token, k) => BREAK.test(text.slice(content[k]!.end, token.start)));
        push(this.byFirstWord, content[0]!.word, { id: entry.id, words: content.map((t) => t.word), punctuated, by });
      }
    }
  }

  mentions(sentence: string): NameMention[] {
    const text = blankMarkers(sentence);
    const found: NameMention[] = [];
    for (const token of tokens(text)) {
      for (const id of this.byWritten.get(undotted(token.text)) ?? []) found.push({ id, start: token.start, end: token.end, by: 'short form' });
    }
    const content = contentTokens(text);
    content.forEach((token, i) => {
      for (const phrase of this.byFirstWord.get(token.word) ?? []) {
        if (matchesAt(text, content, i, phrase)) found.push({ id: phrase.id, start: token.start, end: content[i + phrase.words.length - 1]!.end, by: phrase.by });
      }
    });
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

function contentTokens(text: string): KeyToken[] {
  return keyTokens(text).filter((token) => !NAME_STOP_WORDS.has(token.word));
}

function matchesAt(text: string, content: readonly KeyToken[], at: number, phrase: Phrase): boolean {
  return phrase.words.every((word, k) => {
    if (content[at + k]?.word !== word) return false;
    return k === 0 || phrase.punctuated[k - 1] || !BREAK.test(text.slice(content[at + k - 1]!.end, content[at + k]!.start));
  });
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

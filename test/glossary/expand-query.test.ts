import { describe, expect, it } from 'vitest';
import { expandQuery, queryExpansions } from '../../src/glossary/lookup/expand-query.js';
import { namedIn } from '../../src/glossary/lookup/question-names.js';
import { readFileSync } from 'node:fs';
import type { Glossary } from '../../src/glossary/types.js';
import { keyTokens, type KeyToken } from '../../src/shared/text/name-keys.js';
import { NAME_STOP_WORDS } from '../../src/shared/text/stop-words.js';
import { projectPath } from '../../src/shared/paths.js';
import { realGlossary } from './support.js';

const expand = (question: string) => expandQuery(realGlossary(), question);
const named = (question: string) => namedIn(realGlossary(), question).map((n) => n.entry.id);

describe('what a question names', () => {
  it('takes acronyms in capitals or dots, in the papers’ mixed case, and in lower case when not also a word', () => {
    expect(named('US export controls')).toEqual(['US']);
    expect(named('u.s. export controls')).toEqual(['US']);
    expect(named('CoRe partnership')).toEqual(['CoRe']);
    expect(named('who represented mofa and meti at the nov 14 epcc')).toEqual(['MOFA', 'METI', 'EPCC']);
  });

  it('leaves ordinary words alone: us, it, core, doc in lower case', () => {
    for (const question of ['tell us about it', 'what are the core issues', 'where is the doc', 'IT security', 'Us and them']) {
      expect(named(question), question).toEqual([]);
    }
  });

  it('takes a lower-case word that a slash ties to an acronym', () => {
    expect(named('is jucip the main doc/meti channel')).toEqual(['JUCIP', 'DOC', 'METI']);
  });

  it('finds long forms and aliases spelled out, and a bare "2+2" unless "security" comes first', () => {
    expect(named('what is the economic two plus two')).toEqual(['EPCC']);
    expect(named('the commercial and industrial partnership')).toEqual(['JUCIP']);
    expect(named('what did they agree at the nov 2+2')).toEqual(['EPCC']);
    expect(named('what does the security 2+2 channel do')).toEqual([]);
  });
});

/** Every name in the glossary's order, each looked for in the whole question: what namedIn must find by name. */
function namesReadInTurn(glossary: Glossary, text: string): { id: string; from: string }[] {
  const all = keyTokens(text);
  const content = all.filter((token) => !NAME_STOP_WORDS.has(token.word));
  const runOf = (tokens: readonly KeyToken[], words: string[]) => {
    for (let i = 0; i + words.length <= tokens.length; i++) if (words.every((word, k) => tokens[i + k]!.word === word)) return tokens.slice(i, i + words.length);
    return undefined;
  };
  const found: { id: string; from: string }[] = [];
  const add = (ids: readonly string[], run: KeyToken[]) => {
    for (const id of ids) if (!found.some((named) => named.id === id)) found.push({ id, from: text.slice(run[0]!.start, run.at(-1)!.end) });
  };
  for (const [key, ids] of [...glossary.index.longForms, ...glossary.index.aliases]) {
    const run = key.includes(' ') ? runOf(content, key.split(' ')) : undefined;
    if (run) add(ids, run);
  }
  for (const [core, { ids, otherQualifiers }] of glossary.index.aliasCores) {
    const run = runOf(all, core.split(' '));
    if (run && !otherQualifiers.includes(all[all.indexOf(run[0]!) - 1]?.word ?? '')) add(ids, run);
  }
  return found;
}

describe('names looked up by their first word', () => {
  it('find what reading every name in turn finds, in the same order, for every question of the question sets', () => {
    const glossary = realGlossary();
    const questions = ['dev', 'papers', 'whitehouse-japan'].flatMap((set) =>
      readFileSync(projectPath('test', 'fixtures', 'questions', `${set}.jsonl`), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { q: string }).q),
    );
    const named = [...questions, 'the economic two plus two and the commercial and industrial partnership', 'nov 2+2 and the economic 2+2'];
    let withNames = 0;
    for (const question of named) {
      const text = question.normalize('NFKC');
      const expected = namesReadInTurn(glossary, text);
      if (expected.length > 0) withNames++;
      const byName = namedIn(glossary, text).filter((n) => n.by === 'name');
      expect(byName.map((n) => ({ id: n.entry.id, from: n.from })), question).toEqual(expected);
    }
    expect(withNames).toBeGreaterThan(10);
  });
});

describe('query expansion for /ask', () => {
  it('adds the acronym and the other names for a long form or alias in the question', () => {
    expect(expand('what is the economic two plus two')).toEqual(['EPCC', 'Economic Policy Consultative Committee', 'Economic 2+2']);
    expect(expand('the commercial and industrial partnership')[0]).toBe('JUCIP');
    expect(expand('ministry of economy, trade and industry action plan')).toEqual(['METI']);
  });

  it('adds an acronym’s long form and aliases only where some paper uses them instead of the acronym', () => {
    // Tong, Togashi and Pryor never write "EPCC"; Togashi writes "artificial intelligence", never "AI".
    expect(expand('when did the first epcc ministerial happen?')).toEqual(['Economic Policy Consultative Committee', 'Economic 2+2']);
    expect(expand('hiroshima ai process')).toEqual(['artificial intelligence']);
    // Every paper naming these writes the acronym: passages that match it need no help.
    expect(expand('FTFEA - which ministry administers it?')).toEqual([]);
    expect(expand('should OSTP take a bigger role')).toEqual([]);
  });

  it('adds the other spellings the papers use for the acronym', () => {
    expect(expand('firmma rules')).toEqual(['FIRRMA', 'FIRMMMA']);
    expect(expand('FIRRMA rules')).toEqual(['FIRMMA', 'FIRMMMA']);
  });

  it('says which words of the question each expansion stands for', () => {
    expect(queryExpansions(realGlossary(), 'second economic 2+2 and the jucip')).toEqual([
      { from: 'jucip', acronym: 'JUCIP', terms: ['U.S.-Japan Commercial Industrial Partnership'] },
      { from: 'economic 2+2', acronym: 'EPCC', terms: ['EPCC', 'Economic Policy Consultative Committee'] },
    ]);
  });

  it('adds nothing the question already says, and nothing for ordinary words', () => {
    expect(expand('EPCC Economic Policy Consultative Committee')).toEqual(['Economic 2+2']);
    expect(expand('what is the EPCC, the economic 2+2')).toEqual(['Economic Policy Consultative Committee']);
    expect(expand('tell us about the core issues')).toEqual([]);
  });

  it('returns nothing for a question with no acronym or name in it, or an empty one', () => {
    expect(expand('how did china retaliate against the chip equipment curbs')).toEqual([]);
    expect(expand('')).toEqual([]);
    expect(expand('🤔🎌')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import acronym, { MAX_TERM_LENGTH } from '../../commands/acronym.js';
import { commands } from '../../commands/index.js';
import { runCommand, runTextCommand } from '../../src/dispatch/run.js';
import { PAGE_SIZE } from '../../src/glossary/lookup/pages.js';
import { plainText } from '../../src/present/build.js';
import type { Block, Reply } from '../../src/present/types.js';
import { glossaryContext, isVerbatim, realDocuments, realGlossary } from './support.js';

const context = () => glossaryContext({ commands: [...commands, acronym] });
const type = (line: string) => runTextCommand(line, context());
const excerpts = (reply: Reply) => reply.blocks.filter((b): b is Extract<Block, { type: 'excerpt' }> => b.type === 'excerpt');
const excerptText = (block: Extract<Block, { type: 'excerpt' }>) => block.spans.map((s) => s.text).join('');

describe('/acronym', () => {
  it('lists page 1 of the glossary, by letter, with no term', async () => {
    const reply = await type('/acronym');
    expect(reply.title).toMatch(/^Glossary — page 1 of \d+/);
    // Which entries fill page 1 depends on the papers; that it lists the first page's worth, each with its meaning, does not.
    for (const entry of realGlossary().entries.slice(0, PAGE_SIZE)) expect(plainText(reply)).toContain(`${entry.acronym} — `);
    expect(plainText(reply)).toContain('AI — artificial intelligence');
    expect(reply.buttons?.map((b) => [b.id, b.command, b.args])).toEqual([['next', 'acronym', { page: 2 }]]);
  });

  it('turns pages by "page N" typed or by the button’s hidden option', async () => {
    const typed = await type('/acronym page 2');
    expect(typed.title).toMatch(/^Glossary — page 2 of/);
    expect(typed.buttons?.map((b) => b.id)).toEqual(['previous', 'next']);
    const pressed = await runCommand(acronym, { page: 2 }, context());
    expect(pressed.blocks).toEqual(typed.blocks);
  });

  it('shows the last page, and says so, for a page past the end', async () => {
    const reply = await type('/acronym page 999');
    const pages = Math.ceil(realGlossary().entries.length / PAGE_SIZE);
    expect(reply.title).toContain(`page ${pages} of ${pages}`);
    expect(plainText(reply)).toContain(`here is page ${pages}`);
    expect(reply.buttons?.map((b) => b.id)).toEqual(['previous']);
  });

  it('explains an acronym with its defining sentence as a cited excerpt and the papers that use it', async () => {
    const reply = await type('/acronym METI');
    expect(reply.title).toBe('METI: Ministry of Economy, Trade, and Industry');
    const [definition] = excerpts(reply);
    expect(definition!.label).toBe('Definition');
    expect(definition!.citation).toMatchObject({ doc: 'tong-2022-configuring-us-japan-alliance.md', authors: ['Kurt W. Tong'], passage: 18 });
    expect(definition!.spans.filter((s) => s.marked).map((s) => s.text)).toEqual(['Ministry of Economy, Trade, and Industry', 'METI']);
    expect(plainText(reply)).toContain('Used in 5 papers:');
  });

  it('cites the notes behind the markers in a defining sentence', async () => {
    const [definition] = excerpts(await type('/acronym NSTC'));
    const document = realDocuments().find((d) => d.file === definition!.citation.doc)!;
    expect(definition!.citation.notes.map((n) => n.id)).toEqual(['13']);
    expect(definition!.citation.notes[0]!.text).toBe(document.notes['13']!.text);
  });

  it('shows both meanings of API, each with its source', async () => {
    const reply = await type('/acronym API');
    expect(reply.title).toBe('API: 2 meanings');
    expect(plainText(reply)).toContain('Meaning 2 of 2:');
    // The Asia Pacific Initiative is spelled out in Togashi 2024's disclaimer: quoted and cited there, the team's note beside it.
    expect(plainText(reply)).toContain('Definition (disclaimer): “Disclaimer: The opinions expressed in Geoeconomic Briefing');
    expect(plainText(reply)).toMatch(/Asia Pacific Initiative \(API\).*” — Mariko Togashi, “The U\.S\.-Japan gap.*, disclaimer\n/);
    expect(plainText(reply)).toContain("Team's glossary (glossary.yaml), not a quote: A Tokyo think tank");
  });

  it('answers a long form with its acronym and an alias with its entry', async () => {
    expect((await type('/acronym Ministry of Economy, Trade and Industry')).title).toMatch(/^METI:/);
    const alias = await type('/acronym economic 2+2');
    expect(alias.title).toMatch(/^EPCC:/);
    expect(plainText(alias)).toContain('“economic 2+2” is another name for EPCC.');
  });

  it('says when the term is a misspelling the papers make', async () => {
    const reply = await type('/acronym FIRMMA');
    expect(reply.title).toMatch(/^FIRRMA:/);
    expect(plainText(reply)).toContain('“FIRMMA” is a misspelling the papers make of FIRRMA.');
    expect(plainText(reply)).toContain('Also misspelt in the papers as FIRMMA, FIRMMMA.');
  });

  it('says when it took a typo for the closest entry', async () => {
    const reply = await type('/acronym JUCUP');
    expect(reply.title).toMatch(/^JUCIP:/);
    expect(plainText(reply)).toContain('Nothing is spelled “JUCUP”; the closest entry is JUCIP.');
  });

  it('says an unknown term is unknown, and offers the nearest entries as buttons', async () => {
    const reply = await type('/acronym JXLC');
    expect(reply.title).toBe('Not in the glossary');
    expect(reply.blocks[0]).toEqual({ type: 'notice', tone: 'warning', text: '“JXLC” is not in the glossary: no paper defines or uses it.' });
    expect(reply.buttons?.map((b) => b.args.term)).toEqual(expect.arrayContaining(['JHLC', 'JWLC']));
    expect(excerpts(reply)).toEqual([]);
  });

  it('names what an acronym the papers never write spells, with a button that asks for it', async () => {
    // The seed papers write "the Inflation Reduction Act" but never "IRA".
    const reply = await type('/acronym IRA');
    expect(reply.title).toBe('Not in the glossary');
    expect(plainText(reply)).toContain('Its letters spell a name the papers do use: Inflation Reduction Act.');
    expect(reply.buttons?.[0]).toMatchObject({ command: 'ask', args: { question: 'Inflation Reduction Act' } });
    // Letters that spell no name get the plain answer.
    expect(plainText(await type('/acronym JXLC'))).not.toContain('Its letters spell');
  });

  it('turns away a huge term with the usage line, typed or passed directly', async () => {
    const typed = await type(`/acronym ${'A'.repeat(5000)}`);
    expect(plainText(typed)).toContain(`at most ${MAX_TERM_LENGTH}`);
    const direct = await runCommand(acronym, { term: 'B'.repeat(MAX_TERM_LENGTH + 1) }, context());
    expect(plainText(direct)).toContain('Usage: /acronym [term]');
  });

  it('copes with emoji, other scripts and full-width letters', async () => {
    expect((await type('/acronym 🎌🎌')).title).toBe('Not in the glossary');
    expect((await type('/acronym 経済産業省')).title).toBe('Not in the glossary');
    expect((await type('/acronym ＭＥＴＩ')).title).toMatch(/^METI:/);
    expect((await type('/acronym R&D 🚀')).title).toMatch(/^R&D:/);
    expect((await type('/acronym \u0000\u202eMETI')).title).toMatch(/^METI:/);
  });

  it('keeps every reply private and quotes only the corpus, verbatim, for every entry', async () => {
    for (const entry of realGlossary().entries) {
      const reply = await type(`/acronym ${entry.acronym}`);
      expect(reply.visibility).toBe('ephemeral');
      expect(reply.title, entry.id).not.toBe('Not in the glossary');
      for (const block of excerpts(reply)) expect(isVerbatim(excerptText(block)), `${entry.id}: ${excerptText(block)}`).toBe(true);
    }
  });

  it('describes itself for help and usage', () => {
    expect(acronym.examples).toContain('/acronym page 2');
    expect(acronym.options.filter((o) => !o.hidden).map((o) => o.name)).toEqual(['term']);
  });
});

import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { runCommand, runTextCommand } from '../../src/dispatch/run.js';
import { plainText } from '../../src/present/build.js';
import { testContext } from '../support/corpus.js';

const context = testContext();

describe('/ask', () => {
  it('answers with excerpts and a More results button that pages on', async () => {
    const reply = await runTextCommand('/ask export controls', context);
    const excerpts = reply.blocks.filter((b) => b.type === 'excerpt');
    expect(excerpts).toHaveLength(3);
    expect(reply.visibility).toBe('ephemeral');
    const more = reply.buttons!.find((b) => b.id === 'more')!;
    expect(more.args).toEqual({ question: 'export controls', offset: 3 });
    const ask = commands.find((c) => c.name === 'ask')!;
    const next = await runCommand(ask, more.args, context);
    const firstDocs = excerpts.map((b) => (b.type === 'excerpt' ? `${b.citation.doc}#${b.citation.passage}` : ''));
    const nextDocs = next.blocks.flatMap((b) => (b.type === 'excerpt' ? [`${b.citation.doc}#${b.citation.passage}`] : []));
    expect(nextDocs.length).toBeGreaterThan(0);
    expect(nextDocs.some((id) => firstDocs.includes(id))).toBe(false);
  });

  it('gives a usage hint for an empty question', async () => {
    const reply = await runTextCommand('/ask   ', context);
    expect(plainText(reply)).toContain('/ask needs your question, in plain words.');
    expect(plainText(reply)).toContain('Usage: /ask <question> — e.g. /ask what is JUCIP');
  });

  it('refuses a question over 1,000 characters clearly', async () => {
    const reply = await runTextCommand(`/ask ${'semiconductors '.repeat(80)}`, context);
    expect(plainText(reply)).toMatch(/That question is 1199 characters long; \/ask takes at most 1000/);
  });

  it('labels the closest passage when nothing answers', async () => {
    const reply = await runTextCommand('/ask nvidia h100 licence saudi arabia', context);
    expect(reply.title).toBe('No good match');
    const excerpt = reply.blocks.find((b) => b.type === 'excerpt');
    expect(excerpt && excerpt.type === 'excerpt' && excerpt.label).toBe('Closest passage — it may not answer the question');
    expect(plainText(reply)).toContain('No paper uses: nvidia, h100');
  });

  it('shows passages that may answer as possibly relevant, labelled, with paging and votes — never "nothing answers"', async () => {
    const reply = await runTextCommand('/ask who showed up at the second economic 2+2', context);
    expect(reply.title).toBe('Possibly relevant: who showed up at the second economic 2+2');
    const excerpts = reply.blocks.filter((b) => b.type === 'excerpt');
    expect(excerpts.length).toBeGreaterThan(1);
    for (const excerpt of excerpts) expect(excerpt.type === 'excerpt' && excerpt.label).toBe('Possibly relevant — no passage matches the whole question');
    expect(plainText(reply)).toContain('No passage matches the whole question; these may answer part of it.');
    expect(plainText(reply)).not.toMatch(/Nothing in the papers answers|Closest passage/);
    expect(reply.buttons!.map((b) => b.id)).toEqual(expect.arrayContaining(['more', 'good', 'bad']));
    const vote = reply.buttons!.find((b) => b.id === 'bad')!;
    expect(String(vote.args.shown).split('\n')).toHaveLength(excerpts.length);
    expect(reply.shareable).toBe(true);
  });

  it('neither crashes nor garbles on odd Unicode', async () => {
    for (const question of ['経済安全保障推進法 ESPA', '🤔 chips act money', '\u202eتحكم export controls', 'jucip\u0000\u001b[31m']) {
      const reply = await runTextCommand(`/ask ${question}`, context);
      // eslint-disable-next-line no-control-regex -- the very characters that must not come back
      expect(plainText(reply)).not.toMatch(/[\u0000\u001b\u202e]/);
    }
  });
});

describe('/sources and /help', () => {
  it('/sources lists the five papers with their citations, newest first', async () => {
    const reply = await runTextCommand('/sources', context);
    expect(reply.title).toBe('5 papers in the corpus');
    const text = plainText(reply);
    expect(text.indexOf('Crystal Pryor')).toBeLessThan(text.indexOf('Kurt W. Tong'));
    expect(text).toContain('Mariko Togashi, “The U.S.-Japan gap: a challenge in economic security cooperation”, Institute of Geoeconomics (IOG), Geoeconomic Briefing, 5 Mar 2024');
  });

  it('/help is generated from the registry and lists every command', async () => {
    const text = plainText(await runTextCommand('/help', context));
    for (const command of commands) expect(text).toContain(`/${command.name}`);
    expect(text).not.toContain('offset');
  });

  it('an unknown command suggests the closest one', async () => {
    expect(plainText(await runTextCommand('/aks jucip', context))).toBe('There is no /aks command. Did you mean /ask? Type /help for the list.');
  });
});

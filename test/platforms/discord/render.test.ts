import { describe, expect, it } from 'vitest';
import { escapeText } from '../../../src/platforms/discord/escape.js';
import { embedSize } from '../../../src/platforms/discord/fit.js';
import { truncate } from '../../../src/platforms/discord/limits.js';
import { renderEmbeds, renderSpans } from '../../../src/platforms/discord/render.js';
import type { Block, Citation, Reply } from '../../../src/present/types.js';

const citation: Citation = {
  doc: 'tong.md',
  title: 'Configuring the Alliance',
  authors: ['Kurt W. Tong'],
  publisher: 'Hoover',
  published: '2022',
  section: 'Introduction',
  passage: 4,
  url: 'https://example.org/paper_(final)',
  notes: [{ id: '3', text: 'State Department, January 13, 2023.' }],
};
const excerpt = (text: string, extra: Partial<Extract<Block, { type: 'excerpt' }>> = {}): Block => ({ type: 'excerpt', spans: [{ text }], citation, ...extra });
const reply = (...blocks: Block[]): Reply => ({ title: 'Title', blocks });

describe('escapeText', () => {
  it('leaves ordinary text as it is', () => {
    expect(escapeText('US-Japan economic security, 2023: 5 papers (see § 2).')).toBe('US-Japan economic security, 2023: 5 papers (see § 2).');
  });

  it('breaks every kind of mention with an invisible space', () => {
    expect(escapeText('<@123> <@!5> <@&9> <#42> @everyone @here <t:1:R> <a:x:1> </ask:1>')).toBe(
      '<\u200b@123> <\u200b@!5> <\u200b@&9> <\u200b#42> @\u200beveryone @\u200bhere <\u200bt:1:R> <\u200ba:x:1> <\u200b/ask:1>',
    );
    expect(escapeText('<!channel> <https://evil|click>')).toBe('<\u200b!channel> <\u200bhttps://evil|click>');
  });

  it('escapes markdown so it shows as typed', () => {
    expect(escapeText('**bold** _it_ `code` ~~x~~ ||spoiler||')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ \\|\\|spoiler\\|\\|');
    expect(escapeText('# Heading\n> quote\n- item\n1. first')).toBe('\\# Heading\n\\> quote\n\\- item\n1\\. first');
    expect(escapeText('[click](https://evil)')).toBe('\\[click](https://evil)');
    expect(escapeText('a\\b')).toBe('a\\\\b');
  });

  it('keeps URLs intact', () => {
    expect(escapeText('https://ec.europa.eu/detail/ip_23_3358')).toBe('https://ec.europa.eu/detail/ip_23_3358');
  });
});

describe('renderSpans', () => {
  it('bolds marked spans, keeping spaces outside the stars and joining neighbours', () => {
    expect(renderSpans([{ text: 'the ' }, { text: ' JUCIP ', marked: true }, { text: 'and ' }, { text: 'METI', marked: true }, { text: '*', marked: true }])).toBe(
      'the  **JUCIP** and **METI\\***',
    );
  });
});

describe('renderEmbeds', () => {
  it('shows text, notices and lists in one card under the title', () => {
    const [embed, ...rest] = renderEmbeds(
      reply({ type: 'text', spans: [{ text: 'Hello ' }, { text: 'there', marked: true }] }, { type: 'notice', tone: 'warning', text: 'Careful' }, {
        type: 'list',
        items: [[{ text: 'one' }], [{ text: 'two' }]],
      }),
    );
    expect(rest).toEqual([]);
    expect(embed).toEqual({ title: 'Title', description: 'Hello **there**\n\n⚠️ Careful\n\n• one\n• two', color: 0xfee75c });
  });

  it('gives each excerpt a card: its label, the verbatim quote, the citation with a link, and the notes as Source', () => {
    const [card] = renderEmbeds(reply(excerpt('They met in <@1> *Busan*.', { label: 'Closest passage — it may not answer the question' })));
    expect(card!.description).toBe('*Closest passage — it may not answer the question*\n> “They met in <\u200b@1> \\*Busan\\*.”');
    expect(card!.fields).toEqual([
      { name: 'Citation', value: 'Kurt W. Tong, “Configuring the Alliance”, Hoover, 2022, § Introduction, passage 4\n[Open the paper](https://example.org/paper_%28final%29)' },
      { name: 'Source', value: '[3] State Department, January 13, 2023.' },
    ]);
  });

  it('keeps a headline with its excerpt and the notices after it, and puts trailing text in a card of its own', () => {
    const embeds = renderEmbeds(
      reply(
        { type: 'text', spans: [{ text: 'March 2023: a meeting' }] },
        excerpt('The ministers met.'),
        { type: 'notice', tone: 'info', text: 'Date worked out.' },
        { type: 'text', spans: [{ text: 'Showing 1–1 of 1.' }] },
      ),
    );
    expect(embeds.map((e) => e.description)).toEqual(['March 2023: a meeting\n\n> “The ministers met.”\n\nℹ️ Date worked out.', 'Showing 1–1 of 1.']);
    expect(embeds[0]!.title).toBe('Title');
  });

  it('shows a reply with an error in red, and never sends an empty message', () => {
    expect(renderEmbeds({ blocks: [{ type: 'notice', tone: 'error', text: 'Broken' }] })).toEqual([{ description: '❌ Broken', color: 0xed4245 }]);
    expect(renderEmbeds({ title: 'Only a title', blocks: [] })).toEqual([{ title: 'Only a title', color: 0x5865f2 }]);
    expect(renderEmbeds({ blocks: [] })[0]!.description).toBe('Nothing to show.');
  });
});

describe('Discord limits', () => {
  it('cuts a long title, description and field with "…"', () => {
    const [embed] = renderEmbeds({ title: 'T'.repeat(300), blocks: [excerpt('word '.repeat(1000), { citation: { ...citation, notes: [{ id: '1', text: 'n'.repeat(2000) }] } })] });
    expect(embed!.title).toHaveLength(256);
    expect(embed!.title!.endsWith('…')).toBe(true);
    expect(embed!.description!.length).toBeLessThanOrEqual(4096);
    expect(embed!.fields![1]!.value).toHaveLength(1024);
  });

  it('sends at most 10 cards, saying how many more there were', () => {
    const embeds = renderEmbeds(reply(...Array.from({ length: 14 }, (_, i) => excerpt(`Quote ${i}`))));
    expect(embeds).toHaveLength(10);
    expect(embeds[9]!.description).toBe('…and 5 more not shown here.');
  });

  it('keeps the whole message within 6,000 characters', () => {
    const embeds = renderEmbeds(reply(...Array.from({ length: 8 }, (_, i) => excerpt(`${i} `.repeat(1500)))));
    expect(embeds.reduce((sum, embed) => sum + embedSize(embed), 0)).toBeLessThanOrEqual(6000);
    expect(embeds.length).toBeGreaterThan(1);
    for (const embed of embeds) expect(embed.fields?.[0]?.name).toBe('Citation');
  });

  it('truncates without splitting a character or leaving a lone escape', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('abc\\*def', 5)).toBe('abc…');
    expect(truncate('short', 10)).toBe('short');
  });
});

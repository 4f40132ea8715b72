import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../../src/dispatch/button-action.js';
import type { ActionButton } from '../../../src/dispatch/dispatcher.js';
import { renderMessage } from '../../../src/platforms/slack/render.js';
import type { Block as ReplyBlock, Citation, Reply } from '../../../src/present/types.js';
import { blockTypes, buttons as buttonsIn, contextTexts, headerText, sectionTexts } from '../../e2e/fakes/slack-blocks.js';


const citation: Citation = {
  doc: 'tong.md',
  title: 'Configuring the U.S.-Japan Alliance',
  authors: ['Kurt W. Tong'],
  publisher: null,
  published: '2022',
  section: 'Recommendations',
  passage: 67,
  url: 'https://example.org/paper?a=1&b=2',
  notes: [{ id: '21', text: 'Colin Packham, “Undersea Cable,” Reuters, <https://evil|x>' }],
};

const render = (blocks: ReplyBlock[], extra: Partial<Reply> = {}, buttons: ActionButton[] = []) =>
  renderMessage({ blocks, visibility: 'ephemeral', ...extra }, buttons).blocks;
const message = (...args: Parameters<typeof render>) => ({ blocks: render(...args) });

describe('renderMessage: each block type', () => {
  it('title → header (plain_text, cut to 150 with "…")', () => {
    expect(render([], { title: 'From the papers: <!here>' })[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'From the papers: &lt;!here&gt;' } });
    const long = headerText(message([], { title: 'x'.repeat(400) }))!;
    expect(long).toHaveLength(150);
    expect(long.endsWith('…')).toBe(true);
  });

  it('text → a plain_text section, or mrkdwn with the matched terms in bold', () => {
    expect(render([{ type: 'text', spans: [{ text: 'Plain *text* <@U1>' }] }])).toEqual([
      { type: 'section', text: { type: 'plain_text', text: 'Plain *text* &lt;@U1&gt;' } },
    ]);
    expect(render([{ type: 'text', spans: [{ text: 'the ' }, { text: ' JUCIP ', marked: true }, { text: 'met *here*' }] }])).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'the  *JUCIP* met ∗here∗', verbatim: true } },
    ]);
    expect(render([{ type: 'text', spans: [{ text: '   ' }] }])).toEqual([]);
  });

  it('notice → a plain_text section with its tone', () => {
    const notices = message([
      { type: 'notice', tone: 'info', text: 'Note <!channel>' },
      { type: 'notice', tone: 'warning', text: 'Careful' },
      { type: 'notice', tone: 'error', text: 'Broken' },
    ]);
    expect(blockTypes(notices)).toEqual(['section', 'section', 'section']);
    expect(sectionTexts(notices)).toEqual(['Note &lt;!channel&gt;', '⚠️ Careful', '❌ Broken']);
  });

  it('list → bullet lines, packed into sections of at most 3,000 characters, nothing lost', () => {
    const items = Array.from({ length: 100 }, (_, i) => [{ text: `item ${i} ${'y'.repeat(90)}` }]);
    const sections = sectionTexts(message([{ type: 'list', items }]));
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) expect(section.length).toBeLessThanOrEqual(3000);
    const lines = sections.flatMap((section) => section.split('\n'));
    expect(lines).toHaveLength(100);
    expect(lines[99]).toMatch(/^• item 99 y+$/);
    const marked = render([{ type: 'list', items: [[{ text: '/ask <question>', marked: true }, { text: ' — ask' }]] }]);
    expect(marked).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: '• */ask &lt;question&gt;* — ask', verbatim: true } }]);
  });

  it('excerpt → the quote (terms in bold, label in italics), then its citation, link and notes as context', () => {
    const [quote, context] = render([{ type: 'excerpt', spans: [{ text: 'The ' }, { text: 'JUCIP', marked: true }, { text: ' is _key_.' }], citation, label: 'Closest passage — it may not answer the question' }]);
    expect(quote).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '_Closest passage — it may not answer the question_\n“The *JUCIP* is ˍkeyˍ.”', verbatim: true } });
    expect(context).toHaveProperty('type', 'context');
    expect(context).toHaveProperty('elements', [
      { type: 'plain_text', text: 'Kurt W. Tong, “Configuring the U.S.-Japan Alliance”, 2022, § Recommendations, passage 67' },
      { type: 'mrkdwn', text: '<https://example.org/paper?a=1&amp;b=2|Read the paper>', verbatim: true },
      { type: 'plain_text', text: '[21] Colin Packham, “Undersea Cable,” Reuters, &lt;https://evil|x&gt;' },
    ]);
  });

  it('excerpt: no link for an address Slack’s <url|label> cannot carry; at most 10 context elements', () => {
    const notes = Array.from({ length: 15 }, (_, i) => ({ id: String(i + 1), text: `note ${i + 1}` }));
    const texts = contextTexts(message([{ type: 'excerpt', spans: [{ text: 'x' }], citation: { ...citation, url: 'https://a.example/x|y', notes } }]));
    expect(texts).toHaveLength(10);
    expect(texts.some((text) => text.includes('Read the paper'))).toBe(false);
    expect(texts[9]).toBe('[9] note 9\n[10] note 10\n[11] note 11\n[12] note 12\n[13] note 13\n[14] note 14\n[15] note 15');
  });

  it('a very long excerpt is cut inside the quote, within the section limit', () => {
    const spans = Array.from({ length: 400 }, (_, i) => ({ text: `word${i} & `, marked: i % 7 === 0 }));
    const text = sectionTexts(message([{ type: 'excerpt', spans, citation }]))[0]!;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.endsWith('…”')).toBe(true);
    expect(text.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
  });
});

describe('renderMessage: the message as a whole', () => {
  const buttons: ActionButton[] = [
    { label: 'More results', action: { command: 'ask', args: { question: 'what is JUCIP', offset: 3 } } },
    { label: 'Share in channel', action: { command: 'ask', args: { question: 'what is JUCIP' }, share: true } },
    { label: 'Too big', action: { command: 'ask', args: { question: 'q'.repeat(2100) } } },
    { label: 'A label far too long for a Slack button, which allows only seventy-five characters', action: { command: 'help', args: {} } },
  ];

  it('buttons → one actions block: unique action_ids, values that decode back, oversized ones left out', () => {
    const rendered = message([{ type: 'text', spans: [{ text: 'x' }] }], {}, buttons);
    expect(blockTypes(rendered)).toEqual(['section', 'actions']);
    const [more, share, long] = buttonsIn(rendered);
    expect(buttonsIn(rendered).map((button) => button.action_id)).toEqual(['briefbot:0', 'briefbot:1', 'briefbot:3']);
    expect(decodeAction(more!.value!)).toEqual(buttons[0]!.action);
    expect(decodeAction(share!.value!)).toEqual(buttons[1]!.action);
    expect(share!.style).toBe('primary');
    expect(long!.text.text).toHaveLength(75);
  });

  it('more than 50 blocks → cut with a note, the buttons kept', () => {
    const blocks: ReplyBlock[] = Array.from({ length: 80 }, (_, i) => ({ type: 'text', spans: [{ text: `paragraph ${i}` }] }));
    const rendered = message(blocks, { title: 'Long' }, buttons.slice(0, 1));
    expect(blockTypes(rendered)).toHaveLength(50);
    expect(blockTypes(rendered).slice(-2)).toEqual(['context', 'actions']);
    expect(contextTexts(rendered)).toEqual([expect.stringMatching(/^The rest did not fit in one Slack message/)]);
  });

  it('a shared copy says who shared it, by name — never as a mention', () => {
    const { blocks } = renderMessage({ blocks: [{ type: 'text', spans: [{ text: 'x' }] }] }, [], { sharedBy: '<@U999> bob' });
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'plain_text', text: 'Shared by &lt;@U999&gt; bob' }] });
  });

  it('the fallback text is the reply’s plain text, escaped as mrkdwn', () => {
    const { text } = renderMessage({ title: 'Q: <!everyone>', blocks: [{ type: 'notice', tone: 'info', text: '*Nothing* for `x` & @here' }] });
    expect(text).toBe('Q: &lt;!everyone&gt;\n∗Nothing∗ for ˋxˋ &amp; @\u2060here');
  });
});

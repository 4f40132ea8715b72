import type { types } from '@slack/bolt';
import type { Block, Citation, Span } from '../../present/types.js';
import { citationText } from '../../search/index.js';
import { escapeMrkdwn, escapePlain, fit, mrkdwnLink } from './escape.js';
import { LIMITS } from './limits.js';
import { hasMarks, mrkdwn, plain, spansMrkdwn, spansObject, spansText } from './text.js';

/** One reply block → Slack blocks. Long lists become several sections rather than losing items. */

type Element = types.PlainTextElement | types.MrkdwnElement;

const NOTICE_ICON = { info: '', warning: '⚠️ ', error: '❌ ' } as const;

const section = (text: Element): types.SectionBlock => ({ type: 'section', text });

export const context = (elements: Element[]): types.ContextBlock => ({ type: 'context', elements });

/** List items as "• item" lines, packed into as few sections as the 3,000-character limit allows. */
function listSections(items: readonly Span[][]): types.SectionBlock[] {
  const marked = items.some(hasMarks);
  const lines = items.map((item) =>
    marked ? `• ${spansMrkdwn(item, LIMITS.section - 2)}` : `• ${fit(spansText(item), LIMITS.section - 2, escapePlain)}`,
  );
  const chunks: string[] = [];
  for (const line of lines) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + 1 + line.length <= LIMITS.section) chunks[chunks.length - 1] = `${last}\n${line}`;
    else chunks.push(line);
  }
  // The lines are escaped already: wrap them as they are.
  return chunks.map((chunk) => section(marked ? mrkdwn(chunk) : { type: 'plain_text', text: chunk }));
}

/** A link to the paper, when it has an address Slack can link. */
function paperLink(url: string | null): Element[] {
  const link = url ? mrkdwnLink(url, 'Read the paper') : null;
  return link ? [mrkdwn(link)] : [];
}

/** The citation, the link and the footnotes behind the excerpt, within the 10-element limit. */
function citationContext(citation: Citation): types.ContextBlock {
  const head: Element[] = [plain(citationText(citation), LIMITS.contextText), ...paperLink(citation.url)];
  const notes = citation.notes.map((note) => `[${note.id}] ${note.text}`);
  const room = LIMITS.contextElements - head.length;
  const shown = notes.length <= room ? notes : [...notes.slice(0, room - 1), notes.slice(room - 1).join('\n')];
  return context([...head, ...shown.map((note) => plain(note, LIMITS.contextText))]);
}

function excerptBlocks(block: Extract<Block, { type: 'excerpt' }>): types.KnownBlock[] {
  const label = block.label ? `_${escapeMrkdwn(block.label)}_\n` : '';
  const quote = `“${spansMrkdwn(block.spans, LIMITS.section - label.length - 2)}”`;
  return [section(mrkdwn(`${label}${quote}`)), citationContext(block.citation)];
}

export function renderBlock(block: Block): types.KnownBlock[] {
  switch (block.type) {
    case 'text':
      return spansText(block.spans).trim() === '' ? [] : [section(spansObject(block.spans, LIMITS.section))];
    case 'notice':
      return [section(plain(`${NOTICE_ICON[block.tone]}${block.text}`, LIMITS.section))];
    case 'list':
      return block.items.length === 0 ? [] : listSections(block.items);
    case 'excerpt':
      return excerptBlocks(block);
  }
}

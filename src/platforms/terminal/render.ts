import { citationText } from '../../search/index.js';
import type { Block, Reply, Span } from '../../present/types.js';

export interface RenderOptions {
  /** ANSI colour and bold; off when output is not a terminal or NO_COLOR is set. */
  color: boolean;
}

const ansi = (code: string, color: boolean) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * The terminal's one place for escaping: text from users and documents may hold escape sequences
 * or control characters that would move the cursor or recolour the screen.
 */
export function escapeTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]|[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]/g, '');
}

function renderSpans(spans: Span[], options: RenderOptions): string {
  const mark = ansi('1;33', options.color);
  return spans.map((span) => (span.marked ? mark(escapeTerminal(span.text)) : escapeTerminal(span.text))).join('');
}

function renderBlock(block: Block, options: RenderOptions): string {
  const dim = ansi('2', options.color);
  switch (block.type) {
    case 'text':
      return renderSpans(block.spans, options);
    case 'notice': {
      const prefix = { info: '', warning: '⚠ ', error: '✖ ' }[block.tone];
      return `${prefix}${escapeTerminal(block.text)}`;
    }
    case 'list':
      return block.items.map((item) => `  • ${renderSpans(item, options)}`).join('\n');
    case 'excerpt': {
      const lines = [
        ...(block.label ? [dim(escapeTerminal(block.label))] : []),
        `  “${renderSpans(block.spans, options)}”`,
        dim(`  — ${escapeTerminal(citationText(block.citation))}`),
        ...block.citation.notes.map((note) => dim(`    [${note.id}] ${escapeTerminal(note.text)}`)),
      ];
      return lines.join('\n');
    }
  }
}

export function renderReply(reply: Reply, options: RenderOptions): string {
  const parts = reply.title ? [ansi('1', options.color)(escapeTerminal(reply.title))] : [];
  parts.push(...reply.blocks.map((block) => renderBlock(block, options)));
  for (const button of reply.buttons ?? []) parts.push(ansi('2', options.color)(`→ type /${button.id} for ${button.label.toLowerCase()}`));
  return parts.join('\n\n');
}

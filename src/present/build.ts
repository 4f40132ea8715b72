import type { Block, Reply, TextRun } from './types.js';

/** Small constructors so commands read as what they say. */

export function text(value: string): Block {
  return { type: 'text', spans: [{ text: value }] };
}

export function spans(...parts: (string | TextRun)[]): Block {
  return { type: 'text', spans: parts.map((part) => (typeof part === 'string' ? { text: part } : part)) };
}

export function notice(tone: 'info' | 'warning' | 'error', value: string): Block {
  return { type: 'notice', tone, text: value };
}

/** A reply that tells the user how to use a command (empty or malformed input). */
export function usageReply(message: string, usage: string): Reply {
  return { blocks: [notice('warning', message), text(`Usage: ${usage}`)], visibility: 'ephemeral', personal: true };
}

export function errorReply(message: string): Reply {
  return { blocks: [notice('error', message)], visibility: 'ephemeral', personal: true };
}

/** All the plain text of a reply, for logs, tests and the terminal's fallback. */
export function plainText(reply: Reply): string {
  const lines: string[] = reply.title ? [reply.title] : [];
  for (const block of reply.blocks) {
    if (block.type === 'notice') lines.push(block.text);
    else if (block.type === 'list') lines.push(...block.items.map((item) => item.map((s) => s.text).join('')));
    else lines.push(block.spans.map((s) => s.text).join(''));
  }
  return lines.join('\n');
}

import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChat } from '../../../src/platforms/terminal/chat.js';
import { escapeTerminal } from '../../../src/platforms/terminal/render.js';
import { testContext } from '../../support/corpus.js';

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  const done = runChat({ input, output, interactive: false, color: false, context: testContext() });
  input.end(lines.join('\n'));
  await done;
  return text;
}

describe('terminal chat', () => {
  it('answers slash commands and plain questions in order, then ends with the input', async () => {
    const out = await chat(['/help', 'what is JUCIP', '', '/sources']);
    const help = out.indexOf('briefbot: cited answers');
    const answer = out.indexOf('From the papers: what is JUCIP');
    const sources = out.indexOf('5 papers in the corpus');
    expect(help).toBeGreaterThanOrEqual(0);
    expect(answer).toBeGreaterThan(help);
    expect(sources).toBeGreaterThan(answer);
  });

  it('presses a reply button when its id is typed', async () => {
    const out = await chat(['/ask export controls', '/more']);
    expect(out).toContain('→ type /more for more results');
    expect(out.split('From the papers: export controls')).toHaveLength(3);
  });

  it('answers an unknown command with a hint rather than failing', async () => {
    expect(await chat(['/asc jucip'])).toContain('There is no /asc command. Did you mean /ask?');
  });

  it('strips escape sequences and control characters from what it prints', () => {
    expect(escapeTerminal('a\u001b[2Jb\u0007c\u009bd')).toBe('abcd');
  });
});

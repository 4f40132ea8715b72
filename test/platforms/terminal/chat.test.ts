import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { Dispatcher } from '../../../src/dispatch/dispatcher.js';
import { runChat } from '../../../src/platforms/terminal/chat.js';
import { terminalLogger } from '../../../src/platforms/terminal/logger.js';
import { escapeTerminal } from '../../../src/platforms/terminal/render.js';
import { terminalRequester } from '../../../src/platforms/terminal/user.js';
import { realKnowledge } from '../../support/corpus.js';
import { failingCommand } from '../../support/failing-command.js';

const boom = failingCommand;

/** The chat's output, and what its logger wrote to stderr. */
async function session(lines: string[]): Promise<{ out: string; logged: string[] }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  const logged: string[] = [];
  output.on('data', (chunk) => (out += chunk));
  const dispatcher = new Dispatcher({ knowledge: realKnowledge(), commands: [...commands, boom], logger: terminalLogger((line) => logged.push(line)) });
  const done = runChat({ input, output, interactive: false, color: false, dispatcher, requester: terminalRequester('terminal') });
  input.end(lines.join('\n'));
  await done;
  return { out, logged };
}

const chat = async (lines: string[]): Promise<string> => (await session(lines)).out;

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

  it('/back after /more shows the first page again', async () => {
    const out = await chat(['/ask export controls', '/more', '/back']);
    const pages = out.split('From the papers: export controls').slice(1);
    expect(pages).toHaveLength(3);
    expect(pages[1]).toContain('→ type /back for back');
    expect(pages[1]!.indexOf('/back')).toBeLessThan(pages[1]!.indexOf('/more'));
    expect(pages[2]).toBe(pages[0]);
    expect(pages[2]).not.toContain('/back');
  });

  it('answers an unknown command with a hint rather than failing', async () => {
    expect(await chat(['/asc jucip'])).toContain('There is no /asc command. Did you mean /ask?');
  });

  it('answers a command that throws with an apology and an error id, logs it, and goes on', async () => {
    const { out, logged } = await session(['/boom', '/help']);
    const errorId = /error id ([0-9a-f]{8})/.exec(out)?.[1];
    expect(out).toContain('Sorry — something went wrong while answering /boom.');
    expect(out).not.toContain('disk on fire');
    expect(logged).toEqual([`briefbot: command failed (error id ${errorId}): disk on fire`]);
    expect(out.indexOf('briefbot: cited answers')).toBeGreaterThan(out.indexOf('Sorry'));
  });

  it('gives a usage hint for a bad option instead of running the command', async () => {
    expect(await chat(['/digest explode'])).toMatch(/"explode" is not one of: subscribe, unsubscribe, status, preview[\s\S]*Usage: \/digest/);
  });

  it('does not offer "Share": there is no channel to share into', async () => {
    const out = await chat(['/ask export controls', '/share']);
    expect(out).not.toContain('share in channel');
    expect(out).toContain('There is no /share command.');
  });

  it('strips escape sequences and control characters from what it prints', () => {
    expect(escapeTerminal('a\u001b[2Jb\u0007c\u009bd')).toBe('abcd');
  });
});

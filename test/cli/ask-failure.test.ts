import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { Dispatcher } from '../../src/dispatch/dispatcher.js';
import { acronymCli } from '../../src/platforms/cli/acronym.js';
import { askCli } from '../../src/platforms/cli/ask.js';
import type { CliIo, CliKnowledge } from '../../src/platforms/cli/io.js';
import { terminalLogger } from '../../src/platforms/terminal/logger.js';
import { realKnowledge } from '../support/corpus.js';

/**
 * The one-shot command line over a command that throws: the same apology with an error id as
 * every other surface, and exit code 1 — never a stack trace. Wired as command-line.ts wires it
 * (the dispatcher's log on stderr), with the commands' own definitions and a run that fails.
 */
const failing = (name: string) =>
  commands.map((command) =>
    command.name === name
      ? {
          ...command,
          run: () => {
            throw new Error('disk on fire');
          },
        }
      : command,
  );

function cli(name: string): { io: CliIo; loaded: CliKnowledge; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdin: Readable.from([]), out: (line) => out.push(line), err: (line) => err.push(line), color: false };
  const knowledge = realKnowledge();
  return { io, out, err, loaded: { knowledge, dispatcher: new Dispatcher({ knowledge, commands: failing(name), logger: terminalLogger(io.err) }) } };
}

describe('briefbot ask and acronym when the command throws', () => {
  it.each([
    ['ask', (run: ReturnType<typeof cli>) => askCli({ question: 'what is JUCIP', limit: 3, json: false, stdin: false }, run.loaded, run.io)],
    ['acronym', (run: ReturnType<typeof cli>) => acronymCli({ command: 'acronym', term: 'JUCIP', json: false }, run.loaded, run.io)],
  ])('%s: prints the apology with an error id, logs the same id, exits 1', async (name, invoke) => {
    const run = cli(name);
    expect(await invoke(run)).toBe(1);
    const shown = run.out.join('\n');
    expect(shown).toContain(`Sorry — something went wrong while answering /${name}.`);
    const errorId = /error id ([0-9a-f]{8})/.exec(shown)?.[1];
    expect(errorId).toBeDefined();
    expect(run.err).toEqual([`briefbot: command failed (error id ${errorId}): disk on fire`]);
    expect([...run.out, ...run.err].join('\n')).not.toMatch(/^\s+at /m);
  });
});

import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { runCommand, runTextCommand } from '../../dispatch/run.js';
import type { CommandContext } from '../../dispatch/types.js';
import type { Reply, ReplyButton } from '../../present/types.js';
import { renderReply } from './render.js';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  /** Interactive: a prompt and a greeting. Piped input gets answers only. */
  interactive: boolean;
  color: boolean;
  context: CommandContext;
}

/**
 * The terminal chat: `/ask …`, `/sources`, `/help` as in Slack; plain text is a question; a
 * reply's buttons are pressed by typing their id ("/more"). Ends on Ctrl-D / end of input.
 */
export async function runChat(options: ChatOptions): Promise<void> {
  const { input, output, context } = options;
  const lines = createInterface({ input, output: options.interactive ? output : undefined, terminal: options.interactive });
  const write = (text: string) => output.write(`${text}\n`);
  let buttons: ReplyButton[] = [];
  // Ctrl-C ends the chat as Ctrl-D does (readline would otherwise just pause the input).
  lines.on('SIGINT', () => lines.close());
  if (options.interactive) {
    write('briefbot — ask about US–Japan economic security. Try: /ask what is JUCIP · /help · Ctrl-D to quit');
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const raw of lines) {
    const line = raw.trim();
    if (line !== '') {
      const reply = await answer(line, buttons, context);
      buttons = reply.buttons ?? [];
      write(`${renderReply(reply, { color: options.color })}\n`);
    }
    if (options.interactive) lines.prompt();
  }
  if (options.interactive) write('bye');
}

async function answer(line: string, buttons: ReplyButton[], context: CommandContext): Promise<Reply> {
  const pressed = buttons.find((button) => line.toLowerCase() === `/${button.id}`);
  const command = pressed && context.commands.find((c) => c.name === pressed.command);
  if (pressed && command) return runCommand(command, pressed.args, context);
  return runTextCommand(line.startsWith('/') ? line : `/ask ${line}`, context);
}

import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ActionButton, CommandRequest, Dispatcher } from '../../dispatch/dispatcher.js';
import { renderReply } from './render.js';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  /** Interactive: a prompt and a greeting. Piped input gets answers only. */
  interactive: boolean;
  color: boolean;
  /** The same command path as Slack and Discord: usage hints, an apology with an error id. */
  dispatcher: Dispatcher;
  /** Who types and where: the platform, user and channel of every request. */
  requester: Omit<CommandRequest, 'name' | 'input'>;
}

/**
 * The terminal chat: `/ask …`, `/sources`, `/help` as in Slack; plain text is a question; a
 * reply's buttons are pressed by typing their id ("/more", "/back"). A command that fails is answered with
 * an apology and the chat goes on. Ends on Ctrl-D / end of input.
 */
export async function runChat(options: ChatOptions): Promise<void> {
  const { input, output, dispatcher } = options;
  const lines = createInterface({ input, output: options.interactive ? output : undefined, terminal: options.interactive });
  const write = (text: string) => output.write(`${text}\n`);
  let buttons: readonly ActionButton[] = [];
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
      const request = typed(line, buttons);
      const result = await dispatcher.handle({ ...options.requester, ...request });
      // A vote answers with a thank-you and no buttons: the answer's own (/more, the other vote) still apply.
      if (!(request.input.kind === 'button' && result.buttons.length === 0)) buttons = result.buttons;
      write(`${renderReply(result.reply, { color: options.color }, result.buttons)}\n`);
    }
    if (options.interactive) lines.prompt();
  }
  if (options.interactive) write('bye');
}

/**
 * What a typed line asks for: a button of the last reply ("/more"), a command, or (plain text) a
 * question for /ask. "Share" has no id: there is no channel to share into.
 */
function typed(line: string, buttons: readonly ActionButton[]): Pick<CommandRequest, 'name' | 'input'> {
  const pressed = buttons.find((button) => button.id !== undefined && line.toLowerCase() === `/${button.id}`);
  if (pressed) return { name: pressed.action.command, input: { kind: 'button', args: pressed.action.args } };
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(line.startsWith('/') ? line : `/ask ${line}`);
  // A lone "/" names no command: the dispatcher answers that commands start with a slash.
  return { name: match?.[1] ?? '', input: { kind: 'text', text: match?.[2] ?? '' } };
}

import type { Reply } from '../present/types.js';
import type { Command } from './types.js';

/**
 * The names commands go by on Slack and Discord. Slash commands share one namespace per Slack
 * workspace, so "/ask" and "/help" clash with other apps; BRIEFBOT_COMMAND_PREFIX=brief makes them
 * /brief-ask, /brief-help… Chosen over one /brief command with subcommands because each command
 * keeps its own entry in Slack's command picker, with its description and usage hint, and its
 * typed options and autocomplete in Discord's. Inside the bot every command keeps its own name
 * (buttons, the store, the terminal and the CLI): the prefix is applied where a name meets a user.
 */
export class CommandNames {
  private readonly mention: RegExp | null;

  constructor(
    readonly prefix: string,
    private readonly names: readonly string[],
  ) {
    const alternatives = [...names].sort((a, b) => b.length - a.length).join('|');
    this.mention = prefix === '' || names.length === 0 ? null : new RegExp(`(^|[^\\w/-])/(${alternatives})(?![\\w-])`, 'g');
  }

  /** The name a user types after the slash. */
  slash(name: string): string {
    return this.prefix === '' ? name : `${this.prefix}-${name}`;
  }

  /** A typed or registered name → the command's own name; a name without the prefix is accepted too. */
  own(typed: string): string {
    const lower = typed.toLowerCase().replace(/^\//, '');
    const start = `${this.prefix}-`;
    return this.prefix !== '' && lower.startsWith(start) ? lower.slice(start.length) : lower;
  }

  /** The command definitions under their slash names: what the Slack manifest and Discord registration declare. */
  declared(commands: readonly Command[]): Command[] {
    return commands.map((command) => ({ ...command, name: this.slash(command.name), examples: command.examples.map((example) => this.inText(example)) }));
  }

  /** "/ask", "/help"… in a text (a hint, a usage line, an example) as the user must type them. */
  inText(text: string): string {
    return this.mention ? text.replace(this.mention, (_, before: string, name: string) => `${before}/${this.slash(name)}`) : text;
  }

  /** A reply's own words with the commands named as typed here. Excerpts and citations are the papers' words: left alone. */
  inReply(reply: Reply): Reply {
    if (!this.mention) return reply;
    return {
      ...reply,
      ...(reply.title === undefined ? {} : { title: this.inText(reply.title) }),
      blocks: reply.blocks.map((block) => {
        switch (block.type) {
          case 'notice':
            return { ...block, text: this.inText(block.text) };
          case 'text':
            return { ...block, spans: block.spans.map((span) => ({ ...span, text: this.inText(span.text) })) };
          case 'list':
            return { ...block, items: block.items.map((item) => item.map((span) => ({ ...span, text: this.inText(span.text) }))) };
          default:
            return block;
        }
      }),
    };
  }
}

/** The names of these commands under a prefix ("" for none). */
export function commandNames(prefix: string, commands: readonly Pick<Command, 'name'>[]): CommandNames {
  return new CommandNames(prefix, commands.map((command) => command.name));
}

/** No prefix: every name as it is (the terminal chat and the CLI, where nothing clashes). */
export const PLAIN_NAMES = new CommandNames('', []);

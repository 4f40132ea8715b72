import { randomBytes } from 'node:crypto';
import { parseCommandText, validateOptions } from './parse-text.js';
import { runCommand, runTextCommand } from './run.js';
import type { Command, CommandContext, ConversationMemory, DigestServices, OptionValues, PlatformName } from './types.js';
import { usageWithExamples } from './usage.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { usageReply } from '../present/build.js';
import { VOTE_ACTION } from '../present/feedback.js';
import { apologyReply, slowDownReply, staleButtonReply } from '../present/notices.js';
import type { Reply } from '../present/types.js';
import type { Logger } from '../shared/logger.js';
import type { ButtonAction } from './button-action.js';
import type { RateLimiter } from './rate-limit.js';
import { recordVote } from './vote.js';
import { PLAIN_NAMES, type CommandNames } from './command-names.js';
import type { ConversationRepository } from '../store/conversations.js';
import type { FeedbackRepository } from '../store/feedback.js';

/** How the options arrived: typed after the command (Slack, the terminal), as typed values (Discord, the CLI), or from a button. */
export type CommandInput = { kind: 'text'; text: string } | { kind: 'values'; values: Record<string, unknown> } | { kind: 'button'; args: OptionValues };

export interface CommandRequest {
  platform: PlatformName;
  /** The command's name without the slash. */
  name: string;
  input: CommandInput;
  user: { id: string; name: string };
  channelId: string;
  /** Looked up only for commands that check it (Command.checksAdmin): it may cost an API call. */
  isAdmin: () => Promise<boolean>;
  /** Who is an admin on this platform, in its own terms, for a refusal to name. */
  adminRule?: string;
  /**
   * The thread or DM it was written in (platform-specific, unique on that platform), where a
   * follow-up is read with the conversation's earlier question. Absent for slash commands.
   */
  conversationId?: string;
}

/** A labelled button of the reply, with the action it runs. */
export interface ActionButton {
  /** The reply's own name for it ("more"): what the terminal lets the user type. Share has none. */
  id?: string;
  label: string;
  action: ButtonAction;
}

export interface CommandResult {
  reply: Reply;
  /** The reply's own buttons, then "Share" on a shareable reply that is not public yet. */
  buttons: ActionButton[];
  /** The id under which a failure was logged, when the command threw. */
  errorId?: string;
}

export interface DispatcherOptions {
  knowledge: Knowledge;
  commands: readonly Command[];
  services?: DigestServices;
  logger: Logger;
  /** Absent at the terminal: the person there runs the process, there is nobody to protect it from. */
  rateLimiter?: RateLimiter;
  now?: () => Date;
  /** Where 👍/👎 are kept; without it a vote is answered "not kept here". */
  feedback?: Pick<FeedbackRepository, 'record'>;
  /** Where each conversation's last question is kept, for follow-ups. */
  conversations?: Pick<ConversationRepository, 'earlier' | 'remember'>;
  /** The names commands go by on Slack and Discord (BRIEFBOT_COMMAND_PREFIX); as they are by default. */
  names?: CommandNames;
}

/**
 * The one path from a platform's event to a command's reply, shared by every surface: rate
 * limit, option parsing with usage hints, the admin look-up, and a failure turned into an apology
 * with an error id (the log line carries the same id). It never throws.
 */
export class Dispatcher {
  constructor(private readonly options: DispatcherOptions) {}

  get commands(): readonly Command[] {
    return this.options.commands;
  }

  /** How commands are named to Slack and Discord users. */
  get names(): CommandNames {
    return this.options.names ?? PLAIN_NAMES;
  }

  /** The commands under the names Slack and Discord declare them by (command-names.ts). */
  get declaredCommands(): readonly Command[] {
    return this.names.declared(this.options.commands);
  }

  async handle(request: CommandRequest): Promise<CommandResult> {
    const { logger, rateLimiter } = this.options;
    const started = performance.now();
    const fields = { platform: request.platform, command: request.name, user: request.user.id, channel: request.channelId, input: request.input.kind };
    const decision = rateLimiter?.take(`${request.platform}:${request.user.id}`) ?? { ok: true };
    if (!decision.ok) {
      logger.warn({ ...fields, retryAfterMs: decision.retryAfterMs }, 'rate limited');
      return { reply: slowDownReply(decision.retryAfterMs), buttons: [] };
    }
    try {
      const result = await this.run({ ...request, name: this.names.own(request.name) });
      logger.info({ ...fields, ms: Math.round(performance.now() - started) }, 'command answered');
      return this.named(request.platform, result);
    } catch (error) {
      const errorId = randomBytes(4).toString('hex');
      logger.error({ ...fields, errorId, err: error }, 'command failed');
      return this.named(request.platform, { reply: apologyReply(this.names.own(request.name), errorId), buttons: [], errorId });
    }
  }

  /** On the chat platforms a reply names commands as users type them there ("/brief-help"). */
  private named(platform: PlatformName, result: CommandResult): CommandResult {
    return platform === 'slack' || platform === 'discord' ? { ...result, reply: this.names.inReply(result.reply) } : result;
  }

  private async run(request: CommandRequest): Promise<CommandResult> {
    const now = this.options.now ?? (() => new Date());
    if (request.name === VOTE_ACTION && request.input.kind === 'button') {
      const reply = await recordVote({ args: request.input.args, platform: request.platform, userId: request.user.id, at: now() }, this.options.feedback);
      return { reply: reply ?? staleButtonReply(), buttons: [] };
    }
    const command = this.options.commands.find((c) => c.name === request.name.toLowerCase());
    const conversation = this.conversation(request, now);
    const base: Omit<CommandContext, 'isAdmin'> = {
      knowledge: this.options.knowledge,
      now,
      platform: request.platform,
      user: request.user,
      channelId: request.channelId,
      commands: this.options.commands,
      ...(this.options.services ? { services: this.options.services } : {}),
      ...(request.adminRule ? { adminRule: request.adminRule } : {}),
      ...(conversation ? { conversation } : {}),
    };
    // An unknown name (an app manifest older than the code): the text path answers with a hint.
    if (!command) return { reply: await runTextCommand(`/${request.name}`, { ...base, isAdmin: false }), buttons: [] };
    const parsed = request.input.kind === 'text' ? parseCommandText(command, request.input.text) : validateOptions(command, optionsOf(request.input));
    if (!parsed.ok) return { reply: usageReply(`/${command.name}: ${parsed.message}.`, usageWithExamples(command)), buttons: [] };
    const isAdmin = command.checksAdmin ? await request.isAdmin() : false;
    const reply = await runCommand(command, parsed.options, { ...base, isAdmin });
    return { reply, buttons: buttonsOf(reply, command.name, parsed.options) };
  }

  /**
   * The request's conversation memory, when it came from a thread or DM and a store is open. Memory
   * is a help, not a duty: a store that fails is logged and the question is read on its own.
   */
  private conversation(request: CommandRequest, now: () => Date): ConversationMemory | undefined {
    const { conversations, logger } = this.options;
    const id = request.conversationId;
    if (!conversations || id === undefined) return undefined;
    const fields = { platform: request.platform, conversation: id };
    return {
      earlier: () =>
        conversations.earlier(request.platform, id, now()).catch((error: unknown) => {
          logger.warn({ ...fields, err: error }, 'could not read the conversation\'s earlier question');
          return null;
        }),
      remember: (question) =>
        conversations.remember(request.platform, id, question, now()).catch((error: unknown) => {
          logger.warn({ ...fields, err: error }, 'could not keep the conversation\'s question');
        }),
    };
  }
}

function optionsOf(input: CommandInput): Record<string, unknown> {
  return input.kind === 'values' ? input.values : input.kind === 'button' ? input.args : {};
}

/** A reply's own buttons (More, page turns) as actions, without Share. */
export function replyButtons(reply: Reply): ActionButton[] {
  return (reply.buttons ?? []).map((button) => ({ id: button.id, label: button.label, action: { command: button.command, args: button.args } }));
}

function buttonsOf(reply: Reply, command: string, options: OptionValues): ActionButton[] {
  const buttons = replyButtons(reply);
  if (reply.shareable && reply.visibility !== 'public') buttons.push({ label: 'Share in channel', action: { command, args: options, share: true } });
  return buttons;
}

import {
  MessageFlags,
  PermissionFlagsBits,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { PinoLogger } from '../../shared/log.js';
import type { CommandRequest } from '../../dispatch/dispatcher.js';
import type { PlatformDeps } from '../common/platform.js';
import { answerWith } from './answer.js';
import { turnPageWith } from './turn-page.js';
import { onAutocomplete } from './autocomplete.js';
import type { ButtonIds } from './button-ids.js';
import { MESSAGE_MENU, menuText, noTextHint } from './message-menu.js';
import { loggedError } from './rest-errors.js';
import { commandMessage, editOptions, noticeMessage, publicMessage, readOnInPublic, replyOptions, sharedMessage } from './message.js';

const EXPIRED = 'This button has expired — run the command again.';
const FAILED = 'Sorry — something went wrong while answering. Please try again in a moment.';

export interface InteractionOptions {
  deps: PlatformDeps;
  ids: ButtonIds;
  log: PinoLogger;
  deferAfterMs: number;
}

type Base = Omit<CommandRequest, 'name' | 'input'>;

/** Who asked, where, and how to tell whether they may change the channel's digest. */
function requestBase(interaction: RepliableInteraction, admins: ReadonlySet<string>): Base {
  const user = { id: interaction.user.id, name: interaction.user.globalName ?? interaction.user.username };
  return {
    platform: 'discord',
    user,
    // Always set for commands and buttons; the type allows null for other interaction kinds.
    channelId: interaction.channelId ?? '',
    // Manage Server in this guild; a DM has no member, so there only BRIEFBOT_ADMINS count.
    isAdmin: async () => admins.has(user.id) || (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
    adminRule: 'members with the Manage Server permission',
  };
}

async function onCommand(interaction: ChatInputCommandInteraction, o: InteractionOptions): Promise<void> {
  const values = Object.fromEntries(interaction.options.data.map((option) => [option.name, option.value]));
  const request: CommandRequest = { ...requestBase(interaction, o.deps.admins), name: interaction.commandName, input: { kind: 'values', values } };
  const work = o.deps.dispatcher.handle(request).then((result) => commandMessage(result, o.ids));
  await answerWith(interaction, work, o.deferAfterMs, true);
}

/**
 * "Ask briefbot" on a message: its text is the question, answered privately to the person who
 * used the menu, as /ask would be. Discord gives the target message's text with the interaction
 * even without the Message Content intent.
 */
async function onMessageMenu(interaction: MessageContextMenuCommandInteraction, o: InteractionOptions): Promise<void> {
  const entry = MESSAGE_MENU.find((candidate) => candidate.name === interaction.commandName);
  // Registered by an older version of the bot, whose menu had it; `discord-register` removes it.
  if (!entry) {
    await interaction.reply(replyOptions(noticeMessage(o.deps.dispatcher.names.inText(`“${interaction.commandName}” is no longer one of briefbot’s commands. Type /help for the list.`))));
    return;
  }
  const text = menuText(interaction.targetMessage.content, entry);
  if (text === '') {
    await interaction.reply(replyOptions(noticeMessage(o.deps.dispatcher.names.inText(noTextHint(entry, o.deps.dispatcher.commands)))));
    return;
  }
  const request: CommandRequest = { ...requestBase(interaction, o.deps.admins), name: entry.command, input: { kind: 'values', values: { [entry.option]: text } } };
  const work = o.deps.dispatcher.handle(request).then((result) => commandMessage(result, o.ids));
  await answerWith(interaction, work, o.deferAfterMs, true);
}

async function onButton(interaction: ButtonInteraction, o: InteractionOptions): Promise<void> {
  const action = await o.ids.actionFor(interaction.customId);
  if (!action) {
    await interaction.reply(replyOptions(noticeMessage(EXPIRED)));
    return;
  }
  const base = requestBase(interaction, o.deps.admins);
  const run = o.deps.dispatcher.handle({ ...base, name: action.command, input: { kind: 'button', args: action.args } });
  if (action.share) {
    // Only an answer is shared; a "slow down" or an apology stays with the person who pressed.
    const work = run.then((result) => (result.reply.shareable && !result.errorId ? sharedMessage(result, base.user.name) : commandMessage(result, o.ids)));
    await answerWith(interaction, work, o.deferAfterMs, false);
    return;
  }
  // Under a public answer (one given to a mention, in its thread or a DM) the next page goes where
  // the first one is: the asker chose a public place. Under a private answer it stays private.
  const underPublic = !interaction.message.flags.has(MessageFlags.Ephemeral);
  const work = run.then((result) => ({
    message: underPublic && readOnInPublic(result) ? publicMessage(result, o.ids) : commandMessage(result, o.ids),
    // A page replaces the answer it was turned on: paging leaves one message.
    inPlace: result.reply.paged === true && !result.errorId,
  }));
  await turnPageWith(interaction, work, o.deferAfterMs);
}

/** After a failure, tell the user if Discord still lets us; a REST outage may prevent even that. */
async function apologise(interaction: RepliableInteraction, log: PinoLogger): Promise<void> {
  try {
    if (interaction.replied) return;
    if (interaction.deferred) await interaction.editReply(editOptions(noticeMessage(FAILED)));
    else await interaction.reply(replyOptions(noticeMessage(FAILED)));
  } catch (error) {
    log.warn({ err: loggedError(error), interaction: interaction.id }, 'discord: could not tell the user about the failure either');
  }
}

/**
 * The client's interactionCreate listener: slash commands, message commands, autocomplete and buttons. It never
 * throws — a failure to answer (Discord's REST down, an expired interaction) is logged, and the
 * client goes on with the next interaction.
 */
export function interactionListener(o: InteractionOptions): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isAutocomplete()) return onAutocomplete(interaction, o.deps.dispatcher.declaredCommands, o.deps.knowledge.glossary, o.log);
    if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand() && !interaction.isButton()) return;
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction, o);
      else if (interaction.isMessageContextMenuCommand()) await onMessageMenu(interaction, o);
      else await onButton(interaction, o);
    } catch (error) {
      const what = interaction.isButton() ? { button: interaction.customId } : { command: interaction.commandName };
      o.log.error({ err: loggedError(error), interaction: interaction.id, user: interaction.user.id, ...what }, 'discord: could not answer an interaction');
      await apologise(interaction, o.log);
    }
  };
}

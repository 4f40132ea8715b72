import { MessageFlags, type APIEmbed, type InteractionReplyOptions, type MessageCreateOptions } from 'discord.js';
import type { CommandResult } from '../../dispatch/dispatcher.js';
import type { ButtonIds } from './button-ids.js';
import { buttonRows, type ButtonRow } from './components.js';
import { escapeText } from './escape.js';
import { renderEmbeds } from './render.js';

/** Every message the bot sends pings nobody, whatever the text says. */
export const NO_MENTIONS = { parse: [] as [] };

/** A rendered message and who sees it. */
export interface OutgoingMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  ephemeral: boolean;
}

/** A command's answer as its user sees it: private unless the reply says public, with its buttons. */
export function commandMessage(result: CommandResult, ids: ButtonIds): OutgoingMessage {
  return {
    embeds: renderEmbeds(result.reply),
    components: buttonRows(result.buttons, ids),
    ephemeral: result.reply.visibility !== 'public',
  };
}

/**
 * A command's answer where everyone sees it (a thread started on a mention, a DM, a page turned
 * under such an answer): its own buttons, but no Share, since it is public already.
 */
export function publicMessage(result: CommandResult, ids: ButtonIds): OutgoingMessage {
  return { embeds: renderEmbeds(result.reply), components: buttonRows(result.buttons.filter((button) => !button.action.share), ids), ephemeral: false };
}

/**
 * Worth answering in public when a button under a public answer is pressed: an answer, or a page
 * with its own buttons (the glossary). A "slow down", an apology or "no more results" concerns
 * only the person who pressed.
 */
export function readOnInPublic(result: CommandResult): boolean {
  return !result.errorId && (result.reply.shareable === true || result.buttons.some((button) => !button.action.share));
}

/** "Share in channel": the same answer for everyone, saying who shared it (by name: no mention), no buttons. */
export function sharedMessage(result: CommandResult, userName: string): OutgoingMessage {
  return { content: `Shared by ${escapeText(userName)}`, embeds: renderEmbeds(result.reply), components: [], ephemeral: false };
}

/** A short private line: an expired button, a failure while answering. */
export function noticeMessage(text: string): OutgoingMessage {
  return { embeds: [{ description: escapeText(text) }], components: [], ephemeral: true };
}

/** What every message the bot sends carries: its text, embeds and buttons, and no live mention. */
function messageOptions(message: OutgoingMessage): Pick<MessageCreateOptions, 'content' | 'embeds' | 'components' | 'allowedMentions'> {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: NO_MENTIONS,
  };
}

/** discord.js options for reply() and followUp(). */
export function replyOptions(message: OutgoingMessage): InteractionReplyOptions {
  return { ...messageOptions(message), ...(message.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** The same for editReply(), where the visibility was fixed by the deferral. */
export const editOptions = messageOptions;

/** discord.js options for a message posted in a channel (a thread, a DM): channel messages have no visibility flag. */
export const channelOptions = messageOptions;

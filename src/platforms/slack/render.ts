import type { types } from '@slack/bolt';
import { plainText } from '../../present/build.js';
import type { Reply } from '../../present/types.js';
import type { ActionButton } from '../../dispatch/dispatcher.js';
import { context, renderBlock } from './blocks.js';
import { actionsBlock } from './buttons.js';
import { escapeMrkdwn, fit } from './escape.js';
import { LIMITS } from './limits.js';
import { plain } from './text.js';

/**
 * Slack's one renderer: a platform-neutral Reply → Block Kit blocks and the plain `text` Slack
 * shows in notifications. Every piece of text goes through escape.ts and is cut to Block Kit's
 * limits, so a reply is never refused for its length or hijacked by what it quotes.
 */

export interface SlackMessage {
  blocks: types.KnownBlock[];
  /** The notification and screen-reader text; parsed as mrkdwn by Slack, so escaped as mrkdwn. */
  text: string;
}

export interface RenderOptions {
  /** A shared copy: "Shared by <name>" under it (a name, never a mention). */
  sharedBy?: string;
}

const CUT_NOTE = 'The rest did not fit in one Slack message. Narrow the question, or use a More button where there is one.';

export function renderMessage(reply: Reply, buttons: readonly ActionButton[] = [], options: RenderOptions = {}): SlackMessage {
  const title = reply.title?.trim();
  const head: types.KnownBlock[] = title ? [{ type: 'header', text: plain(title, LIMITS.header) }] : [];
  const tail: types.KnownBlock[] = [];
  if (options.sharedBy !== undefined) tail.push(context([plain(`Shared by ${options.sharedBy}`, LIMITS.contextText)]));
  const actions = actionsBlock(buttons);
  if (actions) tail.push(actions);
  let body = reply.blocks.flatMap(renderBlock);
  const room = LIMITS.blocks - head.length - tail.length;
  if (body.length > room) body = [...body.slice(0, room - 1), context([plain(CUT_NOTE, LIMITS.contextText)])];
  const text = fit(plainText(reply), LIMITS.fallback, escapeMrkdwn);
  return { blocks: [...head, ...body, ...tail], text: text.trim() === '' ? 'briefbot' : text };
}

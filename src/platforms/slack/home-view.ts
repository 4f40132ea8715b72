import type { types } from '@slack/bolt';
import type { Reply } from '../../present/types.js';
import { context, renderBlock } from './blocks.js';
import { LIMITS } from './limits.js';
import { plain } from './text.js';

/**
 * A Reply as an App Home view (views.publish). The same block renderer as every message, so the
 * same escaping and text limits; only the block count differs: a home view may hold 100 blocks
 * (docs.slack.dev, "Reference: views"), where a message holds 50. Slack refuses the whole view
 * when one limit is broken, so the end is cut with a note instead.
 */
export const HOME_MAX_BLOCKS = 100;

const CUT_NOTE = 'The rest did not fit on this page: /upcoming and /digest status show everything.';

export function renderHome(reply: Reply): types.HomeView {
  const title = reply.title?.trim();
  const head: types.KnownBlock[] = title ? [{ type: 'header', text: plain(title, LIMITS.header) }] : [];
  let body = reply.blocks.flatMap(renderBlock);
  const room = HOME_MAX_BLOCKS - head.length;
  if (body.length > room) body = [...body.slice(0, room - 1), context([plain(CUT_NOTE, LIMITS.contextText)])];
  return { type: 'home', blocks: [...head, ...body] };
}

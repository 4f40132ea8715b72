import type { types } from '@slack/bolt';
import { encodeAction } from '../../dispatch/button-action.js';
import type { ActionButton } from '../../dispatch/dispatcher.js';
import { escapePlain, fit } from './escape.js';
import { LIMITS } from './limits.js';

/** Every button of ours has an action_id "briefbot:<n>": unique in its message, one listener for all. */
export const ACTION_ID = /^briefbot:\d+$/;

/**
 * The reply's buttons as one actions block, or null when there are none. A button whose encoded
 * action would pass Slack's 2,000-character value limit is left out: the rest of the message
 * still goes, where one oversized value would make Slack refuse all of it.
 */
export function actionsBlock(buttons: readonly ActionButton[]): types.ActionsBlock | null {
  const elements: types.Button[] = [];
  for (const [index, button] of buttons.entries()) {
    const value = encodeAction(button.action);
    if (value.length > LIMITS.buttonValue || elements.length === LIMITS.actions) continue;
    elements.push({
      type: 'button',
      action_id: `briefbot:${index}`,
      text: { type: 'plain_text', text: fit(button.label, LIMITS.buttonText, escapePlain) },
      value,
      ...(button.action.share ? { style: 'primary' as const } : {}),
    });
  }
  return elements.length === 0 ? null : { type: 'actions', elements };
}

import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import type { ActionButton } from '../../dispatch/dispatcher.js';
import type { ButtonIds } from './button-ids.js';
import { plainLine } from './escape.js';
import { LIMITS, truncate } from './limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Rows of at most five buttons, at most five rows (Discord refuses more); "Share" stands out. */
export function buttonRows(buttons: readonly ActionButton[], ids: ButtonIds): ButtonRow[] {
  const shown = buttons.slice(0, LIMITS.buttonsPerRow * LIMITS.rows).map(
    (button): APIButtonComponentWithCustomId => ({
      type: ComponentType.Button,
      style: button.action.share ? ButtonStyle.Primary : ButtonStyle.Secondary,
      label: truncate(plainLine(button.label), LIMITS.buttonLabel) || 'Open',
      custom_id: ids.idFor(button.action),
    }),
  );
  const rows: ButtonRow[] = [];
  for (let i = 0; i < shown.length; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: shown.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}

import type { RepliableInteraction } from 'discord.js';
import { editOptions, replyOptions, type OutgoingMessage } from './message.js';

/** Discord drops an interaction not answered within 3 s; past this the bot defers first. */
export const DEFAULT_DEFER_AFTER_MS = 2_000;

/**
 * Answer an interaction with the message `work` produces. Commands answer in milliseconds, so the
 * usual path is one reply() call; if `work` is still running after `deferAfterMs`, the bot defers
 * (Discord shows "thinking…") and edits the answer in when it comes. The deferral must say up front
 * who sees the answer: `expectEphemeral`. An answer whose visibility turns out otherwise goes out as
 * a follow-up with its own, and the placeholder is removed.
 */
export async function answerWith(interaction: RepliableInteraction, work: Promise<OutgoingMessage>, deferAfterMs: number, expectEphemeral: boolean): Promise<void> {
  // Handled here too, so a failure after a failed deferral is not an unhandled rejection.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), deferAfterMs)));
  const early = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (early) {
    await interaction.reply(replyOptions(early));
    return;
  }
  await interaction.deferReply(expectEphemeral ? { flags: 'Ephemeral' } : {});
  const message = await work;
  if (message.ephemeral === expectEphemeral) {
    await interaction.editReply(editOptions(message));
    return;
  }
  await interaction.followUp(replyOptions(message));
  await interaction.deleteReply();
}

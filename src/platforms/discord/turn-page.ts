import type { ButtonInteraction } from 'discord.js';
import { editOptions, replyOptions, type OutgoingMessage } from './message.js';

/** A pressed button's answer, and whether it is a page that replaces the message pressed on. */
export interface ButtonAnswer {
  message: OutgoingMessage;
  inPlace: boolean;
}

/** `work`'s value if it settles within `ms`, else null (and `work` is left running). */
async function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Answer a button that is not "Share". A page ("More", "Back") replaces the message the button is
 * on — Discord's UPDATE_MESSAGE response (type 7), which keeps that message's visibility — so
 * paging leaves one message. Anything else (a suggestion's entry, a slow-down, an apology) is a
 * new reply. Past `deferAfterMs` the bot acknowledges with DEFERRED_UPDATE_MESSAGE (type 6, the
 * message stays as it is) and then edits the page in, or follows up with the new reply: the
 * choice must be made within Discord's 3 s, before the answer is known, and a deferred update
 * is the one that can still end either way.
 */
export async function turnPageWith(interaction: ButtonInteraction, work: Promise<ButtonAnswer>, deferAfterMs: number): Promise<void> {
  // Handled here too, so a failure after a failed deferral is not an unhandled rejection.
  work.catch(() => undefined);
  const early = await within(work, deferAfterMs);
  if (early) {
    if (early.inPlace) await interaction.update(editOptions(early.message));
    else await interaction.reply(replyOptions(early.message));
    return;
  }
  await interaction.deferUpdate();
  const answer = await work;
  if (answer.inPlace) await interaction.editReply(editOptions(answer.message));
  else await interaction.followUp(replyOptions(answer.message));
}

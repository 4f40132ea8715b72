import type { PostRecord, Subscription, SubscriptionSettings } from '../../store/types.js';
import type { StoreProblem } from '../../store/problems.js';
import { formatLocal } from '../../shared/time/format.js';
import { errorReply, notice, text } from '../build.js';
import type { Block, Reply } from '../types.js';
import { describePost, describeSettings } from './describe.js';

/** The replies of /digest: what a channel's subscription is, and what changing it did. */

const reply = (...blocks: Block[]): Reply => ({ title: 'Daily digest', blocks, visibility: 'ephemeral' });

const nextPost = (next: Date | null, timeZone: string): Block[] => (next ? [text(`Next post: ${formatLocal(next, timeZone)}.`)] : []);

/** `adminRule`: who may change it on this platform, in the platform's own words. */
export function refusalReply(adminRule: string | undefined): Reply {
  return reply(
    notice('info', `Only ${adminRule ?? 'admins'} can change this channel’s digest subscription (and anyone the bot’s operator lists in BRIEFBOT_ADMINS).`),
    text('You can still see it with /digest status, and today’s digest with /digest preview.'),
  );
}

export interface Saved {
  verb: 'Subscribed' | 'Resumed' | 'Updated';
  settings: SubscriptionSettings;
  next: Date | null;
  /** A first subscription with no zone given: suggest one, since UTC is rarely what a team means. */
  suggestZone: boolean;
}

export function savedReply({ verb, settings, next, suggestZone }: Saved): Reply {
  return reply(
    text(`${verb}: this channel gets the digest ${describeSettings(settings)}.`),
    ...nextPost(next, settings.timeZone),
    ...(suggestZone ? [notice('info', `Times are in UTC. To use yours, add a time zone: /digest subscribe ${settings.time} Asia/Tokyo.`)] : []),
  );
}

export function unsubscribedReply(removed: boolean): Reply {
  if (!removed) return reply(text('This channel has no digest subscription. Start one with /digest subscribe 09:00 Asia/Tokyo weekdays.'));
  return reply(text('Unsubscribed: this channel gets no more digests. /digest subscribe starts them again.'));
}

export function noSubscriptionReply(usage: string): Reply {
  return reply(text('This channel has no digest subscription.'), text(`Usage: ${usage}`));
}

export function statusReply(subscription: Subscription, next: Date | null, last: PostRecord | null): Reply {
  const blocks = [text(`This channel gets the digest ${describeSettings(subscription)}.`)];
  if (subscription.status === 'paused') {
    blocks.push(notice('warning', `Paused: ${subscription.pausedReason ?? 'no reason recorded'}. Someone who can manage this channel can resume it with /digest subscribe.`));
  } else {
    blocks.push(...nextPost(next, subscription.timeZone));
  }
  if (last) blocks.push(text(`Last: ${describePost(last, subscription)}.`));
  return reply(...blocks);
}

export function previewFailedReply(date: string, error: unknown): Reply {
  return errorReply(`The digest for ${date} could not be composed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Today's digest as the channel would get it, privately, under a heading that says so. */
export function previewReply(date: string, timeZone: string, digest: Reply | null, quietDay: SubscriptionSettings['quietDay']): Reply {
  const heading = notice('info', `Preview of the digest for ${date} (${timeZone}); only you can see it.`);
  if (!digest) return reply(heading, text(`Nothing to say that day: the channel would get ${quietDay === 'note' ? 'a one-line note' : 'nothing'}.`));
  return { ...digest, blocks: [heading, ...digest.blocks], visibility: 'ephemeral' };
}

/**
 * The answer when the database refused to save a change: the user learns whether to try again or
 * to ask the bot's operator, and that nothing was changed.
 */
export function notSavedReply(problem: StoreProblem): Reply {
  if (problem === 'busy') {
    return reply(notice('warning', 'The database is busy (another copy of the bot is writing to it): nothing was changed. Try again in a moment.'));
  }
  if (problem === 'unavailable') {
    return reply(notice('warning', 'The bot cannot reach its database right now: nothing was changed. Try again in a moment.'));
  }
  const why: Record<Exclude<StoreProblem, 'busy' | 'unavailable'>, string> = {
    'read-only': 'its database is read-only',
    full: 'the disk holding its database is full',
    damaged: 'its database is damaged',
    'not-a-database': 'its database file is not a database',
    'cannot-open': 'its database file cannot be opened',
  };
  return reply(
    notice('error', `The bot cannot save settings: ${why[problem]}. Nothing was changed.`),
    text('Please tell the bot’s operator: the file named by DATABASE_PATH must be a writable SQLite database.'),
  );
}

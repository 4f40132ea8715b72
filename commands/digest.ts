import type { Command, CommandContext, DigestServices, OptionValues } from '../src/dispatch/types.js';
import { usageWithExamples } from '../src/dispatch/usage.js';
import { errorReply, notice, text, usageReply } from '../src/present/build.js';
import type { Reply } from '../src/present/types.js';
import { describePost, describeSettings } from '../src/schedule/describe.js';
import { nextPostAt } from '../src/schedule/next-post.js';
import { DEFAULT_SETTINGS, parseSettings } from '../src/schedule/settings.js';
import { formatLocal } from '../src/shared/time/format.js';
import { localDate } from '../src/shared/time/zoned-time.js';
import type { ChannelRef, SubscriptionSettings } from '../src/store/types.js';

const ACTIONS = ['subscribe', 'unsubscribe', 'status', 'preview'] as const;
type Action = (typeof ACTIONS)[number];

const reply = (...blocks: Reply['blocks']): Reply => ({ title: 'Daily digest', blocks, visibility: 'ephemeral' });

const refusal = (context: CommandContext): Reply =>
  reply(
    notice('info', `Only ${context.adminRule ?? 'admins'} can change this channel’s digest subscription (and anyone the bot’s operator lists in BRIEFBOT_ADMINS).`),
    text('You can still see it with /digest status, and today’s digest with /digest preview.'),
  );

function subscribe(services: DigestServices, target: ChannelRef, settingsText: string, context: CommandContext): Reply {
  if (!context.isAdmin) return refusal(context);
  const parsed = parseSettings(settingsText);
  if (!parsed.ok) return usageReply(parsed.message, usageWithExamples(digest));
  const existing = services.store.subscriptions.get(target);
  const base: SubscriptionSettings = existing ?? DEFAULT_SETTINGS;
  const settings: SubscriptionSettings = {
    time: parsed.settings.time ?? base.time,
    timeZone: parsed.settings.timeZone ?? base.timeZone,
    cadence: parsed.settings.cadence ?? base.cadence,
    quietDay: parsed.settings.quietDay ?? base.quietDay,
  };
  const now = context.now();
  // Saved (synchronously, to disk) before the reply says so.
  const saved = services.store.subscriptions.save(target, settings, { now, by: context.user.id });
  const verb = !existing ? 'Subscribed' : existing.status === 'paused' ? 'Resumed' : 'Updated';
  const next = nextPostAt(saved, now, services.store.posts.latest(target));
  const blocks = [text(`${verb}: this channel gets the digest ${describeSettings(saved)}.`)];
  if (next) blocks.push(text(`Next post: ${formatLocal(next, saved.timeZone)}.`));
  if (!existing && !parsed.settings.timeZone) {
    blocks.push(notice('info', `Times are in UTC. To use yours, add a time zone: /digest subscribe ${saved.time} Asia/Tokyo.`));
  }
  return reply(...blocks);
}

function unsubscribe(services: DigestServices, target: ChannelRef, context: CommandContext): Reply {
  if (!context.isAdmin) return refusal(context);
  if (!services.store.subscriptions.remove(target)) {
    return reply(text('This channel has no digest subscription. Start one with /digest subscribe 09:00 Asia/Tokyo weekdays.'));
  }
  return reply(text('Unsubscribed: this channel gets no more digests. /digest subscribe starts them again.'));
}

function status(services: DigestServices, target: ChannelRef, context: CommandContext): Reply {
  const subscription = services.store.subscriptions.get(target);
  if (!subscription) {
    return reply(text('This channel has no digest subscription.'), text(`Usage: ${usageWithExamples(digest)}`));
  }
  const last = services.store.posts.latest(target);
  const blocks = [text(`This channel gets the digest ${describeSettings(subscription)}.`)];
  if (subscription.status === 'paused') {
    blocks.push(notice('warning', `Paused: ${subscription.pausedReason ?? 'no reason recorded'}. Someone who can manage this channel can resume it with /digest subscribe.`));
  } else {
    const next = nextPostAt(subscription, context.now(), last);
    if (next) blocks.push(text(`Next post: ${formatLocal(next, subscription.timeZone)}.`));
  }
  if (last) blocks.push(text(`Last: ${describePost(last, subscription)}.`));
  return reply(...blocks);
}

function preview(services: DigestServices, target: ChannelRef, settingsText: string, context: CommandContext): Reply {
  const parsed = parseSettings(settingsText);
  if (!parsed.ok) return usageReply(parsed.message, usageWithExamples(digest));
  const { timeZone: given, ...others } = parsed.settings;
  if (Object.keys(others).length > 0) return usageReply('/digest preview takes only a time zone.', '/digest preview [time zone] — e.g. /digest preview Asia/Tokyo');
  const subscription = services.store.subscriptions.get(target);
  const timeZone = given ?? subscription?.timeZone ?? DEFAULT_SETTINGS.timeZone;
  const date = localDate(context.now(), timeZone);
  let digestReply: Reply | null;
  try {
    digestReply = services.digest(date, timeZone);
  } catch (error) {
    return errorReply(`The digest for ${date} could not be composed: ${(error as Error).message}`);
  }
  const heading = notice('info', `Preview of the digest for ${date} (${timeZone}); only you can see it.`);
  if (!digestReply) {
    const quiet = (subscription ?? DEFAULT_SETTINGS).quietDay === 'note' ? 'a one-line note' : 'nothing';
    return reply(heading, text(`Nothing to say that day: the channel would get ${quiet}.`));
  }
  return { ...digestReply, blocks: [heading, ...digestReply.blocks], visibility: 'ephemeral' };
}

const digest = {
  name: 'digest',
  description: 'Subscribe this channel to a daily digest of anniversaries and deadlines',
  options: [
    { name: 'action', description: 'subscribe, unsubscribe, status or preview', type: 'string', choices: ACTIONS },
    {
      name: 'settings',
      description: 'For subscribe: HH:MM, a time zone, weekdays|daily, quiet|note',
      type: 'string',
      rest: true,
      maxLength: 200,
    },
  ],
  examples: ['/digest subscribe 08:30 Asia/Tokyo weekdays', '/digest status'],
  checksAdmin: true,
  run(options: OptionValues, context: CommandContext): Reply {
    const services = context.services;
    if (!services) return errorReply('The digest needs the bot’s database, which is not open here: start the bot with `briefbot start`.');
    const action = (options.action ?? 'status') as Action;
    const settingsText = typeof options.settings === 'string' ? options.settings : '';
    const target = { platform: context.platform, channelId: context.channelId };
    if ((action === 'unsubscribe' || action === 'status') && settingsText !== '') {
      return usageReply(`/digest ${action} takes nothing after it.`, usageWithExamples(digest));
    }
    switch (action) {
      case 'subscribe':
        return subscribe(services, target, settingsText, context);
      case 'unsubscribe':
        return unsubscribe(services, target, context);
      case 'status':
        return status(services, target, context);
      case 'preview':
        return preview(services, target, settingsText, context);
    }
  },
} satisfies Command;

export default digest;

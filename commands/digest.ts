import type { Command, CommandContext, DigestServices, OptionValues } from '../src/dispatch/types.js';
import { usageWithExamples } from '../src/dispatch/usage.js';
import { errorReply, usageReply } from '../src/present/build.js';
import {
  noSubscriptionReply,
  notSavedReply,
  previewFailedReply,
  previewReply,
  refusalReply,
  savedReply,
  statusReply,
  unsubscribedReply,
} from '../src/present/digest/replies.js';
import type { Reply } from '../src/present/types.js';
import { nextPostAt } from '../src/schedule/next-post.js';
import { DEFAULT_SETTINGS, parseSettings } from '../src/schedule/settings.js';
import { localDate } from '../src/shared/time/zoned-time.js';
import { storeProblem } from '../src/store/problems.js';
import type { ChannelRef, SubscriptionSettings } from '../src/store/types.js';

const ACTIONS = ['subscribe', 'unsubscribe', 'status', 'preview'] as const;
type Action = (typeof ACTIONS)[number];

/**
 * Run a change to the subscription; if the database refuses it (another process holds the write
 * lock past the short busy wait, or the file went read-only) say so instead of an apology: "try
 * again" for a lock, "tell the operator" otherwise. Anything else is a bug, for the dispatcher.
 */
async function saving(change: () => Promise<Reply>): Promise<Reply> {
  try {
    return await change();
  } catch (error) {
    const problem = storeProblem(error);
    if (problem === null) throw error;
    return notSavedReply(problem);
  }
}

async function subscribe(services: DigestServices, target: ChannelRef, settingsText: string, context: CommandContext): Promise<Reply> {
  if (!context.isAdmin) return refusalReply(context.adminRule);
  const parsed = parseSettings(settingsText);
  if (!parsed.ok) return usageReply(parsed.message, usageWithExamples(digest));
  const existing = await services.store.subscriptions.get(target);
  const base: SubscriptionSettings = existing ?? DEFAULT_SETTINGS;
  const settings: SubscriptionSettings = {
    time: parsed.settings.time ?? base.time,
    timeZone: parsed.settings.timeZone ?? base.timeZone,
    cadence: parsed.settings.cadence ?? base.cadence,
    quietDay: parsed.settings.quietDay ?? base.quietDay,
  };
  const now = context.now();
  // Saved (committed to the database) before the reply says so.
  const saved = await services.store.subscriptions.save(target, settings, { now, by: context.user.id });
  return savedReply({
    verb: !existing ? 'Subscribed' : existing.status === 'paused' ? 'Resumed' : 'Updated',
    settings: saved,
    next: nextPostAt(saved, now, await services.store.posts.latest(target)),
    suggestZone: !existing && !parsed.settings.timeZone,
  });
}

async function unsubscribe(services: DigestServices, target: ChannelRef, context: CommandContext): Promise<Reply> {
  if (!context.isAdmin) return refusalReply(context.adminRule);
  return unsubscribedReply(await services.store.subscriptions.remove(target));
}

async function status(services: DigestServices, target: ChannelRef, context: CommandContext): Promise<Reply> {
  const subscription = await services.store.subscriptions.get(target);
  if (!subscription) return noSubscriptionReply(usageWithExamples(digest));
  const last = await services.store.posts.latest(target);
  return statusReply(subscription, nextPostAt(subscription, context.now(), last), last);
}

async function preview(services: DigestServices, target: ChannelRef, settingsText: string, context: CommandContext): Promise<Reply> {
  const parsed = parseSettings(settingsText);
  if (!parsed.ok) return usageReply(parsed.message, usageWithExamples(digest));
  const { timeZone: given, ...others } = parsed.settings;
  if (Object.keys(others).length > 0) return usageReply('/digest preview takes only a time zone.', '/digest preview [time zone] — e.g. /digest preview Asia/Tokyo');
  const subscription = await services.store.subscriptions.get(target);
  const timeZone = given ?? subscription?.timeZone ?? DEFAULT_SETTINGS.timeZone;
  const date = localDate(context.now(), timeZone);
  let composed: Reply | null;
  try {
    composed = services.digest(date, timeZone);
  } catch (error) {
    return previewFailedReply(date, error);
  }
  return previewReply(date, timeZone, composed, (subscription ?? DEFAULT_SETTINGS).quietDay);
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
  async run(options: OptionValues, context: CommandContext): Promise<Reply> {
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
        return saving(() => subscribe(services, target, settingsText, context));
      case 'unsubscribe':
        return saving(() => unsubscribe(services, target, context));
      case 'status':
        return await status(services, target, context);
      case 'preview':
        return await preview(services, target, settingsText, context);
    }
  },
} satisfies Command;

export default digest;

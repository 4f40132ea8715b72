import type { PostRecord, Subscription, SubscriptionSettings } from '../../store/types.js';
import { formatLocal } from '../../shared/time/format.js';

export function describeSettings(settings: SubscriptionSettings): string {
  const days = settings.cadence === 'daily' ? 'every day' : 'on weekdays (Monday to Friday)';
  const quiet = settings.quietDay === 'note' ? 'a one-line note' : 'nothing is posted';
  return `at ${settings.time} ${settings.timeZone}, ${days}; on a day with nothing to say, ${quiet}`;
}

const attempts = (n: number): string => (n === 1 ? '1 attempt' : `${n} attempts`);

/** One line about a day's post record: what happened, and why if it went wrong. */
export function describePost(post: PostRecord, subscription: Pick<Subscription, 'timeZone'>): string {
  const day = post.localDate;
  const late = post.late ? ', late' : '';
  switch (post.state) {
    case 'posted':
      return `${day}: posted ${post.postedAt ? formatLocal(post.postedAt, subscription.timeZone) : ''}${late} (${attempts(post.attempts)})`;
    case 'skipped':
      return `${day}: nothing to say, nothing posted`;
    case 'failed':
      return `${day}: not posted${post.attempts > 0 ? ` after ${attempts(post.attempts)}` : ''} — ${post.lastError ?? 'unknown error'}`;
    case 'unknown':
      return `${day}: may not have been posted — ${post.lastError ?? 'the bot stopped while sending'}`;
    case 'claimed':
    case 'sending':
      return `${day}: being posted (${attempts(post.attempts)} so far${post.lastError ? `; last error: ${post.lastError}` : ''})`;
  }
}

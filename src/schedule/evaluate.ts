import { isBusy, isRetryable } from '../store/problems.js';
import type { ChannelRef, PostRecord, Subscription } from '../store/types.js';
import { errorText } from '../shared/logger.js';
import { decide } from './decide.js';
import { deliver } from './deliver.js';
import type { EvaluationContext, Outcome } from './evaluation-context.js';

// Shown by /digest status after "may not have been posted —" / "not posted —".
const ORPHANED = 'the bot stopped while sending it; not sent again, so the channel never gets it twice';
const ABANDONED = 'the bot stopped before sending it, and the day ended before it came back';

type Step = { outcome: Outcome } | { claim: PostRecord; subscription: Subscription };

/**
 * Evaluate one subscription at the clock's now: decide, then claim and post, resume, or settle a
 * dead holder's claim and decide again (bookkeeping first, then today's post if one is owed).
 * While another process holds the database's write lock, or the connection to PostgreSQL is down,
 * the claim waits for the next tick ('busy'), rather than SQLite's busy wait blocking the event
 * loop or the day being failed.
 */
export async function evaluate(d: EvaluationContext, target: ChannelRef): Promise<Outcome> {
  let step: Step;
  try {
    step = await settleAndClaim(d, target);
  } catch (error) {
    if (!isRetryable(error)) throw error;
    const fields = { platform: target.platform, channelId: target.channelId };
    if (isBusy(error)) d.logger.warn(fields, 'digest: the database is busy (another process holds its write lock); trying again at the next tick');
    else d.logger.warn({ ...fields, err: error }, `digest: the database is unreachable (${errorText(error)}); trying again at the next tick`);
    return 'busy';
  }
  return 'outcome' in step ? step.outcome : deliver(d, step.claim, step.subscription);
}

async function settleAndClaim(d: EvaluationContext, target: ChannelRef): Promise<Step> {
  // Two rounds of bookkeeping at most (an old claim, then today's) before a real decision.
  for (let round = 0; round < 3; round++) {
    if (d.signal.aborted) return { outcome: 'stopped' };
    const now = d.clock.now();
    const subscription = await d.store.subscriptions.get(target);
    if (!subscription) return { outcome: 'inactive' };
    const decision = decide(subscription, now, await d.store.posts.latest(target), d.policy);
    const fields = { platform: target.platform, channelId: target.channelId };
    switch (decision.action) {
      case 'wait':
        return { outcome: decision.reason === 'claim-held' ? 'busy' : 'waiting' };
      case 'orphaned':
        if (await d.store.posts.markUnknown(decision.post.id, now, ORPHANED)) {
          d.logger.warn(
            { ...fields, localDate: decision.post.localDate, owner: decision.post.owner },
            'digest: a send was in flight when its instance stopped; reported, not sent again',
          );
        }
        continue;
      case 'abandoned':
        if (await d.store.posts.abandon(decision.post.id, now, ABANDONED)) {
          d.logger.warn({ ...fields, localDate: decision.post.localDate, owner: decision.post.owner }, 'digest: a claim was never sent and its day is over');
        }
        continue;
      case 'post': {
        const leaseUntil = new Date(now.getTime() + d.policy.leaseMs);
        const claim = await d.store.posts.claim({ ...target, ...decision, owner: d.owner, now, leaseUntil });
        return claim ? { claim, subscription } : { outcome: 'busy' };
      }
      case 'resume': {
        const leaseUntil = new Date(now.getTime() + d.policy.leaseMs);
        const claim = await d.store.posts.takeOver(decision.post.id, d.owner, decision.late, now, leaseUntil);
        if (!claim) return { outcome: 'busy' };
        d.logger.info({ ...fields, localDate: claim.localDate, from: decision.post.owner }, 'digest: resuming a claim whose holder stopped');
        return { claim, subscription };
      }
    }
  }
  return { outcome: 'settled' };
}

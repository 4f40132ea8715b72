import type { ChannelRef } from '../store/types.js';
import { decide } from './decide.js';
import { deliver } from './deliver.js';
import type { EvaluationContext, Outcome } from './evaluation-context.js';

// Shown by /digest status after "may not have been posted —" / "not posted —".
const ORPHANED = 'the bot stopped while sending it; not sent again, so the channel never gets it twice';
const ABANDONED = 'the bot stopped before sending it, and the day ended before it came back';

/**
 * Evaluate one subscription at the clock's now: decide, then claim and post, resume, or settle a
 * dead holder's claim and decide again (bookkeeping first, then today's post if one is owed).
 */
export async function evaluate(d: EvaluationContext, target: ChannelRef): Promise<Outcome> {
  // Two rounds of bookkeeping at most (an old claim, then today's) before a real decision.
  for (let round = 0; round < 3; round++) {
    if (d.signal.aborted) return 'stopped';
    const now = d.clock.now();
    const subscription = d.store.subscriptions.get(target);
    if (!subscription) return 'inactive';
    const decision = decide(subscription, now, d.store.posts.latest(target), d.policy);
    const fields = { platform: target.platform, channelId: target.channelId };
    switch (decision.action) {
      case 'wait':
        return decision.reason === 'claim-held' ? 'busy' : 'waiting';
      case 'orphaned':
        if (d.store.posts.markUnknown(decision.post.id, now, ORPHANED)) {
          d.logger.warn(
            { ...fields, localDate: decision.post.localDate, owner: decision.post.owner },
            'digest: a send was in flight when its instance stopped; reported, not sent again',
          );
        }
        continue;
      case 'abandoned':
        if (d.store.posts.abandon(decision.post.id, now, ABANDONED)) {
          d.logger.warn({ ...fields, localDate: decision.post.localDate, owner: decision.post.owner }, 'digest: a claim was never sent and its day is over');
        }
        continue;
      case 'post': {
        const leaseUntil = new Date(now.getTime() + d.policy.leaseMs);
        const claim = d.store.posts.claim({ ...target, ...decision, owner: d.owner, now, leaseUntil });
        if (!claim) return 'busy';
        return deliver(d, claim, subscription);
      }
      case 'resume': {
        const leaseUntil = new Date(now.getTime() + d.policy.leaseMs);
        const claim = d.store.posts.takeOver(decision.post.id, d.owner, decision.late, now, leaseUntil);
        if (!claim) return 'busy';
        d.logger.info({ ...fields, localDate: claim.localDate, from: decision.post.owner }, 'digest: resuming a claim whose holder stopped');
        return deliver(d, claim, subscription);
      }
    }
  }
  return 'settled';
}

import type { Reply } from '../present/types.js';
import type { PostRecord, Subscription } from '../store/types.js';
import type { EvaluationContext, Outcome } from './evaluation-context.js';
import { errorText } from '../shared/logger.js';
import { PermanentPostError } from './poster.js';
import { whenWritable } from './when-writable.js';

/** Post a claimed day's digest: compose it, then send with retries. The claim is ours on entry. */
export async function deliver(d: EvaluationContext, claim: PostRecord, subscription: Subscription): Promise<Outcome> {
  const fields = { platform: claim.platform, channelId: claim.channelId, localDate: claim.localDate, late: claim.late };
  let reply: Reply | null;
  try {
    reply = d.digest(claim.localDate, subscription.timeZone);
  } catch (error) {
    // Composing is deterministic: a retry would fail the same way, so the day is recorded as failed.
    await whenWritable(d, () => d.store.posts.failed(claim.id, d.owner, `composing the digest failed: ${errorText(error)}`));
    d.logger.error({ ...fields, err: error }, 'digest: composing failed');
    return 'failed';
  }
  if (reply === null) {
    if (subscription.quietDay === 'quiet') {
      await whenWritable(d, () => d.store.posts.skipped(claim.id, d.owner));
      d.logger.info(fields, 'digest: nothing to say today, nothing posted');
      return 'skipped';
    }
    reply = d.quietNote;
  }
  return send(d, claim, reply, fields);
}

async function send(d: EvaluationContext, claim: PostRecord, reply: Reply, fields: Record<string, unknown>): Promise<Outcome> {
  const target = { platform: claim.platform, channelId: claim.channelId };
  const leaseFrom = (ms: number): Date => new Date(d.clock.now().getTime() + ms + d.policy.leaseMs);
  for (let attempt = 1; ; attempt++) {
    if (!(await whenWritable(d, () => d.store.posts.startAttempt(claim.id, d.owner, leaseFrom(0))))) {
      d.logger.warn(fields, 'digest: claim lost to another instance, not posting');
      return 'busy';
    }
    try {
      const { messageId } = await d.poster.post(target, reply);
      await whenWritable(d, () => d.store.posts.posted(claim.id, d.owner, messageId, d.clock.now()));
      d.logger.info({ ...fields, attempt, messageId }, 'digest: posted');
      return 'posted';
    } catch (error) {
      const message = errorText(error);
      if (error instanceof PermanentPostError) {
        await whenWritable(d, () => d.store.posts.failed(claim.id, d.owner, message));
        await whenWritable(d, () => d.store.subscriptions.pause(target, `posting failed on ${claim.localDate}: ${message}`, d.clock.now()));
        d.logger.error({ ...fields, attempt, err: error }, 'digest: permanent failure, subscription paused');
        return 'paused';
      }
      const delay = d.policy.retryDelaysMs[attempt - 1];
      if (delay === undefined) {
        await whenWritable(d, () => d.store.posts.failed(claim.id, d.owner, message));
        d.logger.error({ ...fields, attempt, err: error }, `digest: gave up after ${attempt} attempts`);
        return 'failed';
      }
      await whenWritable(d, () => d.store.posts.attemptFailed(claim.id, d.owner, message, leaseFrom(delay)));
      d.logger.warn({ ...fields, attempt, retryInMs: delay, err: error }, 'digest: post failed, will retry');
      await d.clock.sleep(delay, d.signal);
      if (d.signal.aborted) {
        // Shutting down: hand the claim back so a restart resumes it at once rather than after the lease.
        await whenWritable(d, () => d.store.posts.release(claim.id, d.owner, d.clock.now()));
        d.logger.info(fields, 'digest: stopped before retrying, claim released');
        return 'stopped';
      }
    }
  }
}

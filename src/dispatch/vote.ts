import { z } from 'zod';
import { voteNotRecordedReply, voteRecordedReply } from '../present/feedback.js';
import type { Reply } from '../present/types.js';
import type { FeedbackRepository } from '../store/feedback.js';
import { isBusy } from '../store/problems.js';
import { MAX_QUESTION_LENGTH } from '../search/index.js';
import type { OptionValues, PlatformName } from './types.js';

/** A vote button's arguments, checked like any input: a platform sends back what it was given, but a client may not. */
const voteArgs = z.object({
  vote: z.enum(['good', 'bad']),
  question: z.string().max(MAX_QUESTION_LENGTH),
  shown: z.string().max(10_000),
  first: z.number().int().min(1),
});

export interface VoteRequest {
  args: OptionValues;
  platform: PlatformName;
  userId: string;
  at: Date;
}

/**
 * Record a 👍/👎 pressed under an answer. Null when the arguments are not a vote's (the caller
 * answers as for any stale button).
 */
export async function recordVote(request: VoteRequest, feedback: Pick<FeedbackRepository, 'record'> | undefined): Promise<Reply | null> {
  const parsed = voteArgs.safeParse(request.args);
  if (!parsed.success) return null;
  if (!feedback) return voteNotRecordedReply('no-store');
  const { vote, question, shown, first } = parsed.data;
  const passages = shown.split('\n').filter(Boolean);
  try {
    const outcome = await feedback.record({
      question,
      shown: passages.map((passage, i) => ({ rank: first + i, passage })),
      vote,
      platform: request.platform,
      userId: request.userId,
      at: request.at,
    });
    return voteRecordedReply(vote, outcome);
  } catch (error) {
    if (isBusy(error)) return voteNotRecordedReply('busy');
    throw error;
  }
}

import type { Answer } from '../search/index.js';
import { notice } from './build.js';
import type { Reply, ReplyButton } from './types.js';

/** The name under which a vote travels in a button: not a command, the dispatcher records it. */
export const VOTE_ACTION = 'vote';

export type VoteChoice = 'good' | 'bad';

const VOTE_LABELS: Readonly<Record<VoteChoice, string>> = { good: '👍', bad: '👎' };

/**
 * 👍 and 👎 under an answer. Each carries what the vote is about — the question and the passages
 * shown, in rank order from `firstRank` — so recording it needs nothing remembered between the
 * answer and the press. The terminal offers them as /good and /bad (their ids).
 */
export function feedbackButtons(question: string, answer: Pick<Answer, 'results'> | null, firstRank: number): ReplyButton[] {
  // One id a line: a file name may hold spaces, never a line break.
  const shown = (answer?.results ?? []).map((item) => item.hit.passage.id).join('\n');
  return (['good', 'bad'] as const).map((vote) => ({
    id: vote,
    label: VOTE_LABELS[vote],
    command: VOTE_ACTION,
    args: { vote, question, shown, first: firstRank },
  }));
}

/** The answer to a vote: private, short, and saying whether it replaced the person's earlier one. */
export function voteRecordedReply(vote: VoteChoice, outcome: 'recorded' | 'replaced'): Reply {
  const thanks = vote === 'good' ? 'Thanks — glad it helped.' : 'Thanks — this answer will be looked at, and the question may become a test the bot must pass.';
  const changed = outcome === 'replaced' ? ` Your earlier vote on this answer is replaced by ${VOTE_LABELS[vote]}.` : '';
  return { blocks: [notice('info', `${thanks}${changed}`)], visibility: 'ephemeral', personal: true };
}

/** A vote that could not be kept: no store here (a one-shot CLI run), or the store was busy. */
export function voteNotRecordedReply(reason: 'no-store' | 'busy'): Reply {
  const text =
    reason === 'no-store'
      ? 'Votes are kept only where briefbot runs with its database (the chat bot, not a one-shot command).'
      : 'Your vote could not be saved just now (the database was busy). Please press the button again.';
  return { blocks: [notice('warning', text)], visibility: 'ephemeral', personal: true };
}

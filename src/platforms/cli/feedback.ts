import type { FeedbackRecord } from '../../store/feedback.js';
import type { CliIo } from './io.js';

export interface FeedbackArgs {
  /** YYYY-MM-DD, checked by args.ts: votes from that day on (UTC). */
  since: string | undefined;
  json: boolean;
  devQuestions: boolean;
}

const VOTE_MARK = { good: '👍', bad: '👎' } as const;

/**
 * `briefbot feedback [--since DATE] [--json] [--dev-questions]`: the votes in the store. With
 * --dev-questions, each 👎'd question once, in the dev-question format, with `doc` and `phrase`
 * left null for a person to fill in (the eval refuses the line until they do, or set "none").
 */
export function feedbackCli(args: FeedbackArgs, votes: readonly FeedbackRecord[], io: CliIo): void {
  if (args.devQuestions) {
    const questions = [...new Set(votes.filter((v) => v.vote === 'bad').map((v) => v.question))];
    for (const q of questions) io.out(JSON.stringify({ q, doc: null, phrase: null, style: 'question' }));
    io.err(`${questions.length} 👎 question${questions.length === 1 ? '' : 's'}: add each one's "doc" and "phrase" (the passage that should have come first), or set "style": "none" if the papers cannot answer it.`);
    return;
  }
  if (args.json) {
    io.out(JSON.stringify(votes.map((v) => ({ ...v, votedAt: v.votedAt.toISOString() }))));
    return;
  }
  const good = votes.filter((v) => v.vote === 'good').length;
  io.out(`${votes.length} vote${votes.length === 1 ? '' : 's'}${args.since ? ` since ${args.since}` : ''}: ${good} 👍, ${votes.length - good} 👎`);
  for (const v of votes) {
    const shown = v.shown.length === 0 ? 'nothing shown' : v.shown.map((s) => `${s.rank}. ${s.passage}`).join(', ');
    io.out(`${v.votedAt.toISOString().slice(0, 16).replace('T', ' ')}  ${VOTE_MARK[v.vote]}  ${v.platform.padEnd(8)} “${v.question}” — ${shown}`);
  }
}

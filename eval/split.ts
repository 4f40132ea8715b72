import { createHash } from 'node:crypto';

export type Split = 'tuning' | 'test';

/**
 * Fixed once, never to be changed: changing the salt or the share would move questions that were
 * tuned on into the locked test set.
 */
const SALT = 'briefbot-eval-split-1';
export const TUNING_SHARE = 0.6;

/**
 * Which set a question belongs to: a pure function of its text, so a question keeps its place
 * when others are added, and nobody picks which questions are held out. The text is taken with
 * its case and spacing evened out, so a reformatted question stays where it was.
 */
export function splitOf(question: string): Split {
  const text = question.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  const digest = createHash('sha256').update(`${SALT}\n${text}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < TUNING_SHARE ? 'tuning' : 'test';
}

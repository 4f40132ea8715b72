import { z } from 'zod';
import type { OptionValues } from './types.js';

/**
 * What a pressed button runs, carried in the button itself (Slack's `value`, Discord's
 * `custom_id`): a command with its options, and whether to post the reply to the channel. The
 * platforms send it back untouched, but it is checked like any input all the same.
 */
export interface ButtonAction {
  command: string;
  args: OptionValues;
  /** "Share": post the same reply publicly, saying who shared it. */
  share?: boolean;
}

const actionSchema = z.object({
  c: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
  a: z.record(z.string(), z.union([z.string(), z.number()])),
  s: z.literal(1).optional(),
});

/**
 * Compact JSON: Discord allows 100 characters in a custom_id, Slack 2,000 in a value. "<", ">",
 * "&" and "@" are written as JSON escapes, so a question's "<!channel>", "<@U1>" or "@everyone"
 * never travels in mention syntax, even in a field no client shows; JSON.parse reads them back.
 */
export function encodeAction(action: ButtonAction): string {
  const args = Object.fromEntries(Object.entries(action.args).filter(([, value]) => value !== undefined));
  return JSON.stringify({ c: action.command, a: args, ...(action.share ? { s: 1 } : {}) }).replace(/[<>&@]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The action in a button's payload, or null when it is not one of ours or is malformed. */
export function decodeAction(encoded: string): ButtonAction | null {
  let raw: unknown;
  try {
    raw = JSON.parse(encoded);
  } catch {
    return null;
  }
  const parsed = actionSchema.safeParse(raw);
  if (!parsed.success) return null;
  return { command: parsed.data.c, args: parsed.data.a, ...(parsed.data.s ? { share: true } : {}) };
}

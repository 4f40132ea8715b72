import type { ReplyButton } from './types.js';

/**
 * The offset of the page before the one at `offset`, or null on the first page. Clamped at 0: a
 * page reached by other means (a typed offset, a CLI --limit) may not start on a page boundary.
 */
export function previousOffset(offset: number, pageSize: number): number | null {
  return offset > 0 ? Math.max(0, offset - pageSize) : null;
}

/**
 * "Back"'s options: the page's own `args` with the previous offset, or null on the first page. The
 * first page carries no offset, as typed, so Back leads to exactly the first answer (and its Share).
 */
export function backArgs(args: Record<string, string | number>, offset: number, pageSize: number): Record<string, string | number> | null {
  const previous = previousOffset(offset, pageSize);
  if (previous === null) return null;
  return previous === 0 ? args : { ...args, offset: previous };
}

/**
 * A paged reply's buttons in reading order: "Back" (the previous page's options, when there is
 * one) before the button that moves forward, so the two read as ← →.
 */
export function pageButtons(command: string, back: Record<string, string | number> | null, forward: ReplyButton | null): ReplyButton[] {
  return [...(back ? [{ id: 'back', label: 'Back', command, args: back }] : []), ...(forward ? [forward] : [])];
}

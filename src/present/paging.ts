import type { ReplyButton } from './types.js';

/**
 * The offset of the page before the one at `offset`, or null on the first page. Clamped at 0: a
 * page reached by other means (a typed offset, a CLI --limit) may not start on a page boundary.
 */
export function previousOffset(offset: number, pageSize: number): number | null {
  return offset > 0 ? Math.max(0, offset - pageSize) : null;
}

/**
 * A paged reply's buttons in reading order: "Back" (the previous page's options, when there is
 * one) before the button that moves forward, so the two read as ← →.
 */
export function pageButtons(command: string, back: Record<string, string | number> | null, forward: ReplyButton | null): ReplyButton[] {
  return [...(back ? [{ id: 'back', label: 'Back', command, args: back }] : []), ...(forward ? [forward] : [])];
}

/** One page of a long list, and whether there is another: chat replies stay short. */
export const PAGE_SIZE = 5;

export interface Page<T> {
  items: T[];
  /** The offset of the next page, or null on the last. */
  next: number | null;
  /** "Showing 6–10 of 23". */
  summary: string;
}

export function page<T>(all: readonly T[], offset: number, size = PAGE_SIZE): Page<T> {
  const start = Math.min(Math.max(0, offset), all.length);
  const items = all.slice(start, start + size);
  const end = start + items.length;
  return { items, next: end < all.length ? end : null, summary: `Showing ${start + 1}–${end} of ${all.length}` };
}

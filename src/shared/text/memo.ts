/**
 * A pure text function with its results remembered: the same sentences and words come back
 * thousands of times while the index and the glossary are built. The memory is capped, and simply
 * forgotten when full, because questions can bring any number of new texts. Callers must only
 * read what it returns, since a result is shared by every caller.
 */
export function memoized<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => rememberedIn(memo, text, limit, () => compute(text));
}

/** The result for `key` in `memo`, computed and kept if missing; the memo is emptied when it holds `limit`. */
export function rememberedIn<T>(memo: Map<string, T>, key: string, limit: number, compute: () => T): T {
  let result = memo.get(key);
  if (result === undefined) {
    if (memo.size >= limit) memo.clear();
    result = compute();
    memo.set(key, result);
  }
  return result;
}

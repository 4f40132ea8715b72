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

/**
 * `memoized`, forgetting only the least recently used result when full: for texts asked about
 * question after question (a corpus's candidate passages), where emptying a full memory at once
 * would make the next questions read every one of them again. A hit moves its text to the
 * recent end (a Map keeps insertion order), so the oldest key is the one first in the map.
 */
export function recentlyMemoized<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => recentlyRememberedIn(memo, text, limit, () => compute(text));
}

/**
 * The result for `key` in `memo`, computed and kept if missing; when `memo` holds `limit`, the
 * least recently used key is forgotten (see recentlyMemoized). For a memo its owner also counts.
 */
export function recentlyRememberedIn<T>(memo: Map<string, T>, key: string, limit: number, compute: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) {
    memo.delete(key);
    memo.set(key, known);
    return known;
  }
  const result = compute();
  if (memo.size >= limit) {
    const oldest = memo.keys().next();
    if (!oldest.done) memo.delete(oldest.value);
  }
  if (limit > 0) memo.set(key, result);
  return result;
}

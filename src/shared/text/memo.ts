/**
 * A pure text function with its results remembered: the same sentences and words come back
 * thousands of times while the index and the glossary are built. The memory is capped, and simply
 * forgotten when full, because questions can bring any number of new texts. Callers must only
 * read what it returns, since a result is shared by every caller.
 */
export function memoized<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let result = memo.get(text);
    if (result === undefined) {
      if (memo.size >= limit) memo.clear();
      result = compute(text);
      memo.set(text, result);
    }
    return result;
  };
}

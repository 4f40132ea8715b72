/**
 * The fastest of a few runs of `work`, in milliseconds: for tests that compare how time grows
 * between input sizes (never against a clock reading), the minimum is the least disturbed by
 * whatever else the machine is doing.
 */
export function fastest(work: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The fastest of a few runs of `work`, in milliseconds: the minimum is the run least disturbed by
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

/**
 * How much longer `large` takes than `small`, each timed at its fastest, the two interleaved so
 * that a busy moment of the machine falls on both alike. Tests compare this growth between input
 * sizes, never a clock reading: on 8× the input, linear work grows about 8×, quadratic 64×.
 */
export function growth(small: () => unknown, large: () => unknown, rounds = 5): number {
  small(); // warm the code up before measuring
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < rounds; i++) {
    bestSmall = Math.min(bestSmall, fastest(small, 1));
    bestLarge = Math.min(bestLarge, fastest(large, 1));
  }
  return bestLarge / Math.max(bestSmall, 0.05);
}

/**
 * The smallest growth over a few attempts. A loaded machine (CI shares its cores) can inflate one
 * attempt, but not make quadratic work look linear, so the smallest is what a test should bound.
 */
export function leastGrowth(small: () => unknown, large: () => unknown, attempts = 3): number {
  let least = Infinity;
  for (let i = 0; i < attempts && least >= 16; i++) least = Math.min(least, growth(small, large));
  return least;
}

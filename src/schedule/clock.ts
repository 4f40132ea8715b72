/**
 * Time, injected like every side effect. Tests pass a clock whose `sleep` moves `now`
 * forward at once, so a retry with an eight-minute backoff takes no real time.
 */
export interface Clock {
  now(): Date;
  /** Resolves after `ms`, or as soon as `signal` aborts (then the caller checks `signal.aborted`). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      // The global setTimeout (not node:timers/promises), so Vitest's fake timers drive it too.
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    }),
};

import { describe, expect, it } from 'vitest';
import { ReplayGuard, SIGNATURE_WINDOW_MS } from '../../../src/platforms/slack/replay-guard.js';

describe('ReplayGuard', () => {
  it('takes a key once while its signature is acceptable, and again once it has expired', () => {
    let now = 1_000_000;
    const signedAt = now;
    const guard = new ReplayGuard({ now: () => now });
    expect(guard.firstTime('trigger:a', signedAt)).toBe(true);
    expect(guard.firstTime('trigger:a', signedAt)).toBe(false);
    expect(guard.firstTime('trigger:b', signedAt)).toBe(true);
    now = signedAt + SIGNATURE_WINDOW_MS - 1;
    expect(guard.firstTime('trigger:a', signedAt)).toBe(false);
    // Past the window Bolt refuses the copy as stale: the memory need not outlive that.
    now = signedAt + SIGNATURE_WINDOW_MS + 1;
    expect(guard.firstTime('trigger:a', signedAt)).toBe(true);
  });

  it('remembers a request signed ahead of the clock until 5 minutes after its timestamp', () => {
    let now = 0;
    const guard = new ReplayGuard({ now: () => now });
    const signedAt = 60 * 60_000;
    expect(guard.firstTime('trigger:future', signedAt)).toBe(true);
    now = signedAt + SIGNATURE_WINDOW_MS - 1;
    expect(guard.firstTime('trigger:future', signedAt)).toBe(false);
  });

  it('keeps at most its capacity, forgetting the oldest first', () => {
    const guard = new ReplayGuard({ capacity: 3, now: () => 0 });
    for (const key of ['a', 'b', 'c', 'd']) expect(guard.firstTime(key, 0)).toBe(true);
    expect(guard.size).toBe(3);
    expect(guard.firstTime('d', 0)).toBe(false);
    expect(guard.firstTime('a', 0)).toBe(true);
  });

  it('forgets expired keys as new ones arrive, so its size follows the last 5 minutes of traffic', () => {
    let now = 0;
    const guard = new ReplayGuard({ now: () => now });
    for (let i = 0; i < 100; i++) guard.firstTime(`old-${i}`, now);
    now += SIGNATURE_WINDOW_MS + 1;
    guard.firstTime('new', now);
    expect(guard.size).toBe(1);
  });
});

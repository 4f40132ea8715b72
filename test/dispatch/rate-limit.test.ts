import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/dispatch/rate-limit.js';

describe('RateLimiter', () => {
  it('allows the limit within a window, refuses the next with the wait, and frees up as the window slides', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([limiter.take('u'), limiter.take('u'), limiter.take('u')].every((d) => d.ok)).toBe(true);
    now = 10_000;
    expect(limiter.take('u')).toEqual({ ok: false, retryAfterMs: 50_000 });
    expect(limiter.take('other').ok).toBe(true);
    now = 60_001;
    expect(limiter.take('u').ok).toBe(true);
  });

  it('does not count refused commands against the user', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 60_000, () => now);
    limiter.take('u');
    for (let i = 0; i < 50; i++) expect(limiter.take('u').ok).toBe(false);
    now = 60_000;
    expect(limiter.take('u').ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { nextPostAt } from '../../src/schedule/next-post.js';
import type { PostRecord, Subscription } from '../../src/store/types.js';
import { post, sub } from './records.js';

const subscription = sub();
const posted = (localDate: string): PostRecord => post({ localDate });
const next = (s: Subscription, now: string, last: PostRecord | null = null): string | undefined =>
  nextPostAt(s, new Date(now), last)?.toISOString();

describe('nextPostAt', () => {
  it('is later today, or the next posting day once today is done', () => {
    expect(next(subscription, '2024-03-11T12:00:00Z')).toBe('2024-03-11T13:00:00.000Z');
    expect(next(subscription, '2024-03-11T14:00:00Z', posted('2024-03-11'))).toBe('2024-03-12T13:00:00.000Z');
    // Friday done → Monday, with weekdays.
    expect(next(subscription, '2024-03-15T14:00:00Z', posted('2024-03-15'))).toBe('2024-03-18T13:00:00.000Z');
  });

  it('is a due time already past when a catch-up is owed today', () => {
    expect(next(subscription, '2024-03-11T15:00:00Z', posted('2024-03-08'))).toBe('2024-03-11T13:00:00.000Z');
  });

  it('starts tomorrow for a subscription made after today’s time, and is null while paused', () => {
    expect(next({ ...subscription, activeSince: new Date('2024-03-11T14:00:00Z') }, '2024-03-11T14:00:00Z')).toBe('2024-03-12T13:00:00.000Z');
    expect(next({ ...subscription, status: 'paused' }, '2024-03-11T12:00:00Z')).toBeUndefined();
  });

  it('crosses a spring-forward: a 02:30 subscription is next due at 03:30 EDT', () => {
    const early = { ...subscription, time: '02:30', cadence: 'daily' as const };
    expect(next(early, '2024-03-09T12:00:00Z', posted('2024-03-09'))).toBe('2024-03-10T07:30:00.000Z');
  });
});

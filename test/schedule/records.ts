import type { PostRecord, Subscription } from '../../src/store/types.js';

/** Store records for the pure scheduling tests: a New York 09:00 weekday subscription and a post. */

export function sub(overrides: Partial<Subscription> = {}): Subscription {
  return {
    platform: 'slack',
    channelId: 'C1',
    time: '09:00',
    timeZone: 'America/New_York',
    cadence: 'weekdays',
    quietDay: 'note',
    status: 'active',
    pausedReason: null,
    activeSince: new Date('2024-01-01T00:00:00Z'),
    updatedBy: 'U1',
    updatedAt: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  };
}

export function post(overrides: Partial<PostRecord> = {}): PostRecord {
  return {
    id: 1,
    platform: 'slack',
    channelId: 'C1',
    localDate: '2024-03-11',
    dueAt: new Date('2024-03-11T13:00:00Z'),
    claimedAt: new Date('2024-03-11T13:00:00Z'),
    owner: 'A',
    leaseUntil: new Date('2024-03-11T13:10:00Z'),
    state: 'posted',
    late: false,
    attempts: 1,
    lastError: null,
    messageId: 'm1',
    postedAt: new Date('2024-03-11T13:00:01Z'),
    ...overrides,
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/time/calendar.js';
import { dayOfWeek, localDate, localParts, zonedInstant } from '../../src/shared/time/zoned-time.js';

const iso = (date: Date): string => date.toISOString();

describe('zonedInstant', () => {
  it('names the plain instant on an ordinary day, in zones with odd offsets too', () => {
    expect(iso(zonedInstant('2024-03-11', '09:00', 'America/New_York'))).toBe('2024-03-11T13:00:00.000Z');
    expect(iso(zonedInstant('2024-03-11', '09:00', 'Asia/Tokyo'))).toBe('2024-03-11T00:00:00.000Z');
    expect(iso(zonedInstant('2024-03-11', '09:00', 'Asia/Kolkata'))).toBe('2024-03-11T03:30:00.000Z');
    expect(iso(zonedInstant('2024-03-11', '09:00', 'Asia/Kathmandu'))).toBe('2024-03-11T03:15:00.000Z');
    expect(iso(zonedInstant('2024-03-11', '00:00', 'UTC'))).toBe('2024-03-11T00:00:00.000Z');
  });

  it('America/New_York spring-forward (2024-03-10): a skipped 02:30 means 03:30 EDT, once', () => {
    expect(iso(zonedInstant('2024-03-10', '01:59', 'America/New_York'))).toBe('2024-03-10T06:59:00.000Z');
    expect(iso(zonedInstant('2024-03-10', '02:00', 'America/New_York'))).toBe('2024-03-10T07:00:00.000Z');
    expect(iso(zonedInstant('2024-03-10', '02:30', 'America/New_York'))).toBe('2024-03-10T07:30:00.000Z');
    expect(iso(zonedInstant('2024-03-10', '03:30', 'America/New_York'))).toBe('2024-03-10T07:30:00.000Z');
  });

  it('America/New_York fall-back (2024-11-03): a repeated 01:30 means the first one, EDT', () => {
    expect(iso(zonedInstant('2024-11-03', '01:30', 'America/New_York'))).toBe('2024-11-03T05:30:00.000Z');
    expect(iso(zonedInstant('2024-11-03', '02:00', 'America/New_York'))).toBe('2024-11-03T07:00:00.000Z');
    expect(iso(zonedInstant('2024-11-03', '00:59', 'America/New_York'))).toBe('2024-11-03T04:59:00.000Z');
  });

  it('handles a half-hour daylight-saving shift (Australia/Lord_Howe, 2024-10-06 02:00 → 02:30)', () => {
    expect(iso(zonedInstant('2024-10-06', '02:15', 'Australia/Lord_Howe'))).toBe('2024-10-05T15:45:00.000Z');
    expect(localParts(zonedInstant('2024-10-06', '02:15', 'Australia/Lord_Howe'), 'Australia/Lord_Howe')).toMatchObject({ hour: 2, minute: 45 });
  });

  it('round-trips every wall time that exists, choosing its earliest instant (property)', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Tokyo', 'Asia/Kathmandu', 'America/Santiago', 'Pacific/Chatham'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), (zone, ms) => {
        const instant = new Date(Math.floor(ms / 60_000) * 60_000);
        const p = localParts(instant, zone);
        const time = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
        const resolved = zonedInstant(localDate(instant, zone), time, zone);
        expect(localParts(resolved, zone)).toEqual(p);
        expect(resolved.getTime()).toBeLessThanOrEqual(instant.getTime());
      }),
      { numRuns: 500 },
    );
  });
});

describe('local dates', () => {
  it('takes the date in the zone, not in UTC', () => {
    expect(localDate(new Date('2024-03-10T23:59:00Z'), 'Asia/Tokyo')).toBe('2024-03-11');
    expect(localDate(new Date('2024-03-11T03:00:00Z'), 'America/New_York')).toBe('2024-03-10');
  });

  it('adds days across months and years, and knows the day of the week', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(dayOfWeek('2024-03-10')).toBe(0);
    expect(dayOfWeek('2024-03-11')).toBe(1);
    expect(dayOfWeek('2024-03-16')).toBe(6);
  });
});

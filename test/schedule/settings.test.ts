import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/schedule/settings.js';
import { closestZones, resolveTimeZone } from '../../src/shared/time/time-zones.js';

describe('resolveTimeZone', () => {
  it('accepts IANA names in any letter case, keeping their spelling, and UTC/GMT', () => {
    expect(resolveTimeZone('asia/tokyo')).toEqual({ ok: true, timeZone: 'Asia/Tokyo' });
    expect(resolveTimeZone('America/New_York')).toEqual({ ok: true, timeZone: 'America/New_York' });
    expect(resolveTimeZone('utc')).toEqual({ ok: true, timeZone: 'UTC' });
    expect(resolveTimeZone('GMT')).toEqual({ ok: true, timeZone: 'UTC' });
  });

  it('accepts Area/Location aliases Intl knows', () => {
    expect(resolveTimeZone('US/Eastern')).toEqual({ ok: true, timeZone: 'America/New_York' });
    expect(resolveTimeZone('Etc/UTC')).toEqual({ ok: true, timeZone: 'UTC' });
    expect(resolveTimeZone('Asia/Kolkata').ok).toBe(true);
  });

  it('suggests the closest names for a wrong one, and never guesses', () => {
    expect(resolveTimeZone('Tokyo')).toEqual({ ok: false, suggestions: ['Asia/Tokyo'] });
    expect(resolveTimeZone('America/NewYork')).toEqual({ ok: false, suggestions: ['America/New_York'] });
    expect(resolveTimeZone('Londn')).toEqual({ ok: false, suggestions: ['Europe/London'] });
    expect(closestZones('Paris')).toEqual(['Europe/Paris']);
  });

  it('refuses offsets and abbreviations that ignore daylight saving', () => {
    expect(resolveTimeZone('+09:00').ok).toBe(false);
    expect(resolveTimeZone('EST').ok).toBe(false);
    expect(resolveTimeZone('Mars/Olympus_Mons')).toEqual({ ok: false, suggestions: [] });
  });
});

describe('parseSettings', () => {
  it('reads a time, a zone, a cadence and a quiet-day choice in any order', () => {
    expect(parseSettings('08:30 Asia/Tokyo weekdays')).toEqual({ ok: true, settings: { time: '08:30', timeZone: 'Asia/Tokyo', cadence: 'weekdays' } });
    expect(parseSettings('QUIET daily 7:05 europe/london')).toEqual({
      ok: true,
      settings: { time: '07:05', timeZone: 'Europe/London', cadence: 'daily', quietDay: 'quiet' },
    });
    expect(parseSettings('   ')).toEqual({ ok: true, settings: {} });
  });

  it('explains a malformed time', () => {
    for (const bad of ['25:00', '9:60', '0830', '9am']) {
      expect(parseSettings(bad)).toEqual({ ok: false, message: `"${bad}" is not a time of day: use 24-hour HH:MM, e.g. 08:30 or 17:45.` });
    }
  });

  it('names the closest zones for a wrong one, and explains a word it cannot place', () => {
    expect(parseSettings('09:00 Tokio')).toEqual({ ok: false, message: 'Unknown time zone "Tokio". Did you mean Asia/Tokyo?' });
    const weekly = parseSettings('weekly');
    expect(weekly.ok).toBe(false);
    expect(!weekly.ok && weekly.message).toMatch(/"weekly" is not a time \(HH:MM\), a time zone, weekdays\|daily or quiet\|note/);
  });

  it('refuses two values for one setting', () => {
    expect(parseSettings('08:00 09:00')).toEqual({ ok: false, message: 'Two values for the time ("08:00" and "09:00"): give one.' });
    expect(parseSettings('UTC Asia/Tokyo')).toEqual({ ok: false, message: 'Two values for the time zone ("UTC" and "Asia/Tokyo"): give one.' });
  });
});

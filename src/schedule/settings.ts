import type { Cadence, QuietDay, SubscriptionSettings } from '../store/types.js';
import { resolveTimeZone } from '../shared/time/time-zones.js';

const CADENCES: readonly Cadence[] = ['weekdays', 'daily'];
const QUIET_DAYS: readonly QuietDay[] = ['quiet', 'note'];

/**
 * Settings of a new subscription when the command leaves them out. `note` rather than `quiet`:
 * on a silent day a channel cannot tell a quiet timeline from a broken bot.
 */
export const DEFAULT_SETTINGS: SubscriptionSettings = { time: '09:00', timeZone: 'UTC', cadence: 'weekdays', quietDay: 'note' };

export type SettingsResult = { ok: true; settings: Partial<SubscriptionSettings> } | { ok: false; message: string };

function parseTime(token: string): string | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(token);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${match[2]}`;
}

function zoneMessage(token: string, suggestions: string[]): string {
  if (suggestions.length > 0) return `Unknown time zone "${token}". Did you mean ${suggestions.join(' or ')}?`;
  return `"${token}" is not a time (HH:MM), a time zone, weekdays|daily or quiet|note. Time zones are IANA names such as Asia/Tokyo or America/New_York.`;
}

/**
 * "08:30 Asia/Tokyo weekdays note", in any order, any part left out: a time, a time zone, a
 * cadence and what to do on a quiet day. Order-free because people type them in every order.
 */
export function parseSettings(text: string): SettingsResult {
  const settings: Partial<SubscriptionSettings> = {};
  const set = <K extends keyof SubscriptionSettings>(key: K, value: SubscriptionSettings[K], token: string): string | null => {
    if (settings[key] !== undefined) return `Two values for the ${key === 'timeZone' ? 'time zone' : key} ("${settings[key]}" and "${token}"): give one.`;
    settings[key] = value;
    return null;
  };
  for (const token of text.split(/\s+/).filter((t) => t !== '')) {
    const lower = token.toLowerCase();
    let problem: string | null;
    if (/^\d/.test(token)) {
      const time = parseTime(token);
      if (!time) return { ok: false, message: `"${token}" is not a time of day: use 24-hour HH:MM, e.g. 08:30 or 17:45.` };
      problem = set('time', time, token);
    } else if ((CADENCES as readonly string[]).includes(lower)) {
      problem = set('cadence', lower as Cadence, token);
    } else if ((QUIET_DAYS as readonly string[]).includes(lower)) {
      problem = set('quietDay', lower as QuietDay, token);
    } else {
      const zone = resolveTimeZone(token);
      if (!zone.ok) return { ok: false, message: zoneMessage(token, zone.suggestions) };
      problem = set('timeZone', zone.timeZone, token);
    }
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, settings };
}

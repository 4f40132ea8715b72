import { editDistance } from '../text/edit-distance.js';

type ZoneResult = { ok: true; timeZone: string } | { ok: false; suggestions: string[] };

let known: readonly string[] | null = null;

/** Intl's canonical zone list leaves out UTC itself; add it, the zone most people type. */
function knownZones(): readonly string[] {
  known ??= ['UTC', ...Intl.supportedValuesOf('timeZone')];
  return known;
}

/** The last segment of a zone name, as people say it: "America/New_York" → "new york". */
const city = (zone: string): string => (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ').toLowerCase();

/**
 * Resolve a typed IANA time zone name. Listed names match in any letter case and keep their
 * canonical spelling; Area/Location aliases Intl knows (US/Eastern, Etc/UTC, Asia/Kolkata) are
 * stored as Intl resolves them. Anything else gets up to three closest names — never a guess.
 */
export function resolveTimeZone(input: string): ZoneResult {
  const typed = input.trim();
  const lower = typed.toLowerCase();
  if (lower === 'gmt') return { ok: true, timeZone: 'UTC' };
  const listed = knownZones().find((zone) => zone.toLowerCase() === lower);
  if (listed) return { ok: true, timeZone: listed };
  // Area/Location names only. Intl also takes offsets ("+09:00") and bare abbreviations, but
  // "EST" is a fixed UTC-5 that ignores daylight saving, rarely what the person typing it means.
  if (/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+$/.test(typed)) {
    try {
      return { ok: true, timeZone: new Intl.DateTimeFormat('en-US', { timeZone: typed }).resolvedOptions().timeZone };
    } catch {
      // Not a zone Intl knows: fall through to suggestions.
    }
  }
  return { ok: false, suggestions: closestZones(typed) };
}

export function closestZones(input: string, limit = 3): string[] {
  const lower = input.toLowerCase().replace(/_/g, ' ');
  const typedCity = city(input);
  const scored = knownZones().map((zone) => {
    const byCity = editDistance(typedCity, city(zone));
    const byName = editDistance(lower, zone.toLowerCase().replace(/_/g, ' '));
    return { zone, score: Math.min(byCity, byName), length: zone.length };
  });
  // Allow about one typo in three letters, at least two: "Tokio" → Asia/Tokyo, "Kyiv" → Europe/Kiev.
  const allowed = Math.max(2, Math.floor(typedCity.length / 3));
  const best = Math.min(...scored.map((s) => s.score));
  // An exact city ("Paris") says enough: no near-misses after it.
  return scored
    .filter((s) => s.score <= (best === 0 ? 0 : allowed))
    .sort((a, b) => a.score - b.score || a.length - b.length || a.zone.localeCompare(b.zone))
    .slice(0, limit)
    .map((s) => s.zone);
}

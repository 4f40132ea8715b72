/**
 * Time zones with nothing but Intl: which local day an instant falls on, and when a wall-clock
 * time in one zone happens. Used for "today" in /upcoming and for team items with a time.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}


/** The IANA names nearest a mistyped one ("Asia/Tokio" → Asia/Tokyo), for error messages. */
function parts(instant: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day ("YYYY-MM-DD") it is in `timeZone` at `instant`. */
export function localDate(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${pad(p.year ?? 0, 4)}-${pad(p.month ?? 0)}-${pad(p.day ?? 0)}`;
}

/**
 * The instant a wall-clock time happens in a zone: guess it as UTC, then correct by the zone's
 * offset at the guess, twice, so a time next to a daylight-saving change lands on the right side.
 */
export function instantOf(day: string, time: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(guess), timeZone);
    const seen = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, (p.hour ?? 0) % 24, p.minute ?? 0);
    guess += wall - seen;
  }
  return new Date(guess);
}

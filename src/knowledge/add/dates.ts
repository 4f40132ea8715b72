/**
 * Dates as sources write them → the ISO form the front matter wants, as precise as given:
 * "2021-04-16 21:33:47-04:00", "2021/04/16", "D:20210416…" (a PDF date), "April 16, 2021".
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(year: number, month?: number, day?: number): boolean {
  if (year < 1900 || year > 2100) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month?: number, day?: number): string | null {
  if (!valid(year, month, day)) return null;
  return [String(year), ...(month === undefined ? [] : [pad(month)]), ...(day === undefined ? [] : [pad(day)])].join('-');
}

/**
 * A date field's value in ISO form, or null. The calendar day is the one written, not converted
 * to UTC: "2021-04-16 21:33-04:00" was published on the 16th where it was published.
 */
export function isoFromField(raw: string): string | null {
  const text = raw.trim();
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(text);
  if (pdf) return iso(Number(pdf[1]), pdf[2] === undefined ? undefined : Number(pdf[2]), pdf[3] === undefined ? undefined : Number(pdf[3]));
  const numeric = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s])/.exec(text);
  if (numeric) return iso(Number(numeric[1]), numeric[2] === undefined ? undefined : Number(numeric[2]), numeric[3] === undefined ? undefined : Number(numeric[3]));
  return dateInProse(text);
}

/** The first written-out date in some prose ("April 16, 2021", "16 April 2021", "April 2021"), or null. */
export function dateInProse(text: string): string | null {
  const month = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
  const patterns: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [new RegExp(`\\b${month}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'), (m) => iso(Number(m[3]), monthNumber(m[1]!), Number(m[2]))],
    [new RegExp(`\\b(\\d{1,2})\\s+${month}\\s+(\\d{4})\\b`, 'i'), (m) => iso(Number(m[3]), monthNumber(m[2]!), Number(m[1]))],
    [new RegExp(`\\b${month}\\s+(\\d{4})\\b`, 'i'), (m) => iso(Number(m[2]), monthNumber(m[1]!))],
  ];
  for (const [pattern, convert] of patterns) {
    const match = pattern.exec(text);
    if (match) return convert(match);
  }
  return null;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower) + 1;
}

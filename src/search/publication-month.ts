import { parseIso } from '../shared/time/calendar.js';
import { formatDate } from '../shared/time/format.js';

/**
 * The month a document was published in, in words ("2024-11-15" → "November 2024"), or null for a
 * document dated to the year only: a question names a statement or a fact sheet by its month ("the
 * nov 2024 statement", "the july 2025 deal"), while a year alone names the year's events more often
 * than a document.
 */
export function publicationMonth(published: string): string | null {
  const parts = parseIso(published);
  if (parts?.month === undefined) return null;
  return formatDate(`${parts.year}-${String(parts.month).padStart(2, '0')}`, 'month');
}

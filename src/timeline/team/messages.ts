import type { z } from 'zod';
import { editDistance } from '../../shared/text/edit-distance.js';

/** A zod issue in words a person editing events.yaml can act on: what is wrong, and what to write. */

const HINTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    title: 'a short name for the item, e.g. title: Economic 2+2 ministerial',
    date: 'write YYYY-MM-DD (2025-11-14), YYYY-MM (2025-11), or "YYYY-MM-DD HH:MM" with a timezone',
    recurrence: 'write recurrence: yearly (an anniversary every year) or recurrence: none (once)',
    source: 'a link to where the date comes from, starting with https://',
    timezone: 'an IANA time zone name such as Asia/Tokyo or America/New_York',
    kind: 'one of meeting, agreement, law, deadline, publication, other',
    anchors: 'a list of {doc: <corpus file>, phrase: <the words in the paper>}',
  }),
);


/** The field a misspelt key was probably meant to be ("recurence" → "recurrence"). */
function nearestField(key: string, fields: readonly string[]): string | undefined {
  return fields.find((f) => editDistance(f, key.toLowerCase()) <= 2);
}

interface IssueText {
  field: string | undefined;
  message: string;
}

function describeIssue(issue: z.core.$ZodIssue, fields: readonly string[], given: Record<string, unknown>): IssueText[] {
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const near = nearestField(key, fields);
      const guess = near ? ` (did you mean "${near}"?)` : '';
      return { field: key, message: `unknown field "${key}"${guess}: the fields are ${fields.join(', ')}` };
    });
  }
  if (field === undefined) return [{ field, message: 'each item must be a mapping of fields (title:, date:, recurrence:, source:)' }];
  const hint = HINTS.get(field) ?? '';
  if (!Object.hasOwn(given, field)) return [{ field, message: `missing "${field}": ${hint}` }];
  return [{ field, message: `"${field}" is not right: ${hint}` }];
}

/**
 * Every issue of an item, once: a field "missing" only because its name was misspelt is told
 * as the misspelling ("recurence" → did you mean "recurrence"?), not twice.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], fields: readonly string[], raw: unknown): IssueText[] {
  const given = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const misspelt = new Set(Object.keys(given).flatMap((key) => (fields.includes(key) ? [] : (nearestField(key, fields) ?? []))));
  return issues
    .flatMap((issue) => describeIssue(issue, fields, given))
    .filter((text) => !(text.message.startsWith('missing') && text.field !== undefined && misspelt.has(text.field)));
}

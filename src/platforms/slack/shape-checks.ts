/** The small checks request-shape.ts and event-shape.ts make of a parsed Slack body. */

export type Json = Record<string, unknown>;

/**
 * Team and enterprise ids index a plain object of Web API clients inside Bolt: an id such as
 * "__proto__" or "constructor" would find Object's own members there, so only Slack's id shape passes.
 */
const SLACK_ID = /^[A-Z0-9]{1,40}$/;

/** A response_url Bolt can POST to. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
export const optionalText = (value: unknown): boolean => value === undefined || typeof value === 'string';
export const optionalId = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && (value === '' || SLACK_ID.test(value)));

/**
 * Bolt routes a body by the first of these fields it has (helpers.getTypeAndConversation), so a
 * command or a button press carrying one of the others would reach code written for another type.
 */
const ROUTING_FIELDS = ['event', 'command', 'name', 'function_data'] as const;
export const routedAs = (body: Json, own?: (typeof ROUTING_FIELDS)[number]): boolean => ROUTING_FIELDS.every((field) => field === own || body[field] === undefined);

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  author: 256,
  embeds: 10,
  /** All titles, descriptions, field names and values, footers and author names of one message together. */
  total: 6000,
  content: 2000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  rows: 5,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
  threadName: 100,
} as const;

const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` characters, ending in "…" when cut. Never splits a surrogate pair,
 * and never leaves a lone backslash before the "…" (it would escape it, or the escape it belonged
 * to would be lost).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - ELLIPSIS.length);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Cut at the last space before `max` when there is one in the last fifth: descriptions read better whole-worded. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  const space = text.lastIndexOf(' ', room);
  return space > room * 0.8 ? `${text.slice(0, space)}${ELLIPSIS}` : truncate(text, max);
}

import type { Command, OptionSpec, OptionValues } from './types.js';

export type ParseResult = { ok: true; options: OptionValues } | { ok: false; message: string };

/** Control characters other than tab/newline are invisible and break layouts: drop them. */
export function sanitizeInput(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
}

function convert(option: OptionSpec, raw: string): { value?: string | number; error?: string } {
  if (option.type === 'integer') {
    if (!/^[+-]?\d+$/.test(raw)) return { error: `"${option.name}" must be a whole number, not "${raw}"` };
    const value = Number(raw);
    if (option.min !== undefined && value < option.min) return { error: `"${option.name}" must be at least ${option.min}` };
    if (option.max !== undefined && value > option.max) return { error: `"${option.name}" must be at most ${option.max}` };
    return { value };
  }
  if (option.choices && !option.choices.includes(raw.toLowerCase())) {
    return { error: `"${raw}" is not one of: ${option.choices.join(', ')}` };
  }
  if (option.maxLength !== undefined && raw.length > option.maxLength) {
    return { error: `"${option.name}" is too long: ${raw.length} characters, at most ${option.maxLength}` };
  }
  return { value: option.choices ? raw.toLowerCase() : raw };
}

/**
 * The text typed after a slash command → option values. Options are positional, separated by
 * spaces; a `rest` option takes everything left. Platforms with typed options (Discord) skip this.
 */
export function parseCommandText(command: Command, text: string): ParseResult {
  let remaining = sanitizeInput(text);
  const options: OptionValues = {};
  for (const option of command.options) {
    if (option.hidden) continue;
    let raw: string;
    if (option.rest) {
      raw = remaining;
      remaining = '';
    } else {
      const match = /^(\S+)\s*/.exec(remaining);
      raw = match?.[1] ?? '';
      remaining = remaining.slice(match?.[0].length ?? 0);
    }
    if (raw === '') continue;
    const { value, error } = convert(option, raw);
    if (error) return { ok: false, message: error };
    options[option.name] = value;
  }
  if (remaining !== '') return { ok: false, message: `unexpected "${remaining}"` };
  return { ok: true, options };
}

/** Validate typed values from a platform that parses options itself (same rules as text). */
export function validateOptions(command: Command, values: Record<string, unknown>): ParseResult {
  const options: OptionValues = {};
  for (const option of command.options) {
    const raw = values[option.name];
    if (raw === undefined || raw === null || raw === '') continue;
    const { value, error } = convert(option, sanitizeInput(String(raw)));
    if (error) return { ok: false, message: error };
    options[option.name] = value;
  }
  return { ok: true, options };
}

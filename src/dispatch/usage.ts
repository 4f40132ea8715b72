import type { Command, OptionSpec } from './types.js';

/** "/ask <question> [limit]" — derived from the definition, never written by hand. */
export function usageLine(command: Command): string {
  const options = command.options.filter((option) => !option.hidden).map((option) => {
    const name = option.choices ? option.choices.join('|') : option.name;
    return option.required ? `<${name}>` : `[${name}]`;
  });
  return [`/${command.name}`, ...options].join(' ');
}

export function usageWithExamples(command: Command): string {
  const examples = command.examples.length > 0 ? ` — e.g. ${command.examples.join(' or ')}` : '';
  return `${usageLine(command)}${examples}`;
}

/** An option's description with its range and default ("How many days ahead (1–90, default 7)"). */
export function describeOption(option: OptionSpec): string {
  const range = option.min !== undefined && option.max !== undefined ? [`${option.min}–${option.max}`] : [];
  const notes = [...range, ...(option.default !== undefined ? [`default ${option.default}`] : [])];
  return notes.length > 0 ? `${option.description} (${notes.join(', ')})` : option.description;
}

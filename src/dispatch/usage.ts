import type { Command } from './types.js';

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

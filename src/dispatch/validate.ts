import { OPTION_TYPES, type Command, type OptionSpec } from './types.js';

/** Slack and Discord both take lower-case names of up to 32 characters; this is what both accept. */
const NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** A command definition the platforms could not register, or the text parser could not read. */
export class CommandDefinitionError extends Error {}

function optionProblem(option: OptionSpec, visible: readonly OptionSpec[]): string | null {
  if (!NAME.test(option.name)) return 'its name must be lower-case letters, digits and dashes, at most 32';
  if (!(OPTION_TYPES as readonly string[]).includes(option.type)) return `its type "${option.type}" is not one of ${OPTION_TYPES.join(', ')}`;
  if (option.min !== undefined && option.max !== undefined && option.min > option.max) return `its min ${option.min} is above its max ${option.max}`;
  if (option.default !== undefined && !defaultFits(option, option.default)) return `its default ${JSON.stringify(option.default)} is not a value it accepts`;
  if (option.autocomplete && (option.type !== 'string' || option.choices)) return 'only a string option without choices can be completed';
  if (option.hidden) return option.required ? 'a hidden option is set by buttons only, so it cannot be required' : null;
  // The text parser hands a rest option everything left, so nothing typed could reach a later one.
  if (option.rest && visible.indexOf(option) !== visible.length - 1) return 'only the last option the user types may take the rest of the text';
  if (option.required && visible.slice(0, visible.indexOf(option)).some((before) => !before.required)) {
    return 'a required option must come before the optional ones (Discord insists, and typed text is read in order)';
  }
  return null;
}

function defaultFits(option: OptionSpec, value: string | number): boolean {
  if (option.type === 'integer') {
    return typeof value === 'number' && Number.isInteger(value) && value >= (option.min ?? value) && value <= (option.max ?? value);
  }
  return typeof value === 'string' && (!option.choices || option.choices.includes(value));
}

function commandProblem(command: Command): string | null {
  if (!NAME.test(command.name)) return 'its name must be lower-case letters, digits and dashes, at most 32';
  const bad = command.examples.find((example) => example !== `/${command.name}` && !example.startsWith(`/${command.name} `));
  if (bad !== undefined) return `the example "${bad}" does not start with /${command.name}`;
  return null;
}

/**
 * Checks the command definitions when they are loaded, so a bad one stops the bot at start with
 * the command and option named, instead of failing on Slack's manifest or Discord's registration.
 */
export function validateCommands(commands: readonly Command[]): readonly Command[] {
  const seen = new Set<string>();
  for (const command of commands) {
    const problem = commandProblem(command);
    if (problem) throw new CommandDefinitionError(`command /${command.name}: ${problem}`);
    if (seen.has(command.name)) throw new CommandDefinitionError(`command /${command.name}: defined twice`);
    seen.add(command.name);
    const visible = command.options.filter((option) => !option.hidden);
    const names = new Set<string>();
    for (const option of command.options) {
      const found = names.has(option.name) ? 'another option has the same name' : optionProblem(option, visible);
      if (found) throw new CommandDefinitionError(`command /${command.name}, option "${option.name}": ${found}`);
      names.add(option.name);
    }
  }
  return commands;
}

import { PLAIN_NAMES, type CommandNames } from '../../dispatch/command-names.js';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command, OptionSpec } from '../../dispatch/types.js';
import { describeOption } from '../../dispatch/usage.js';
import { LIMITS, truncateWords } from './limits.js';
import { messageMenuData, type MessageMenuData } from './message-menu.js';

export type CommandData = RESTPostAPIChatInputApplicationCommandsJSONBody;

const description = (text: string) => truncateWords(text, LIMITS.commandDescription);

function optionData(option: OptionSpec): APIApplicationCommandBasicOption {
  const base = { name: option.name, description: description(describeOption(option)), required: option.required ?? false };
  if (option.type === 'integer') {
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(option.min !== undefined ? { min_value: option.min } : {}),
      ...(option.max !== undefined ? { max_value: option.max } : {}),
      ...(option.choices ? { choices: option.choices.map((choice) => ({ name: choice, value: Number(choice) })) } : {}),
    };
  }
  return {
    ...base,
    type: ApplicationCommandOptionType.String,
    ...(option.maxLength !== undefined ? { max_length: option.maxLength } : {}),
    // Discord allows choices or autocomplete on an option, not both.
    ...(option.choices ? { choices: option.choices.map((choice) => ({ name: choice, value: choice })) } : option.autocomplete ? { autocomplete: true } : {}),
  };
}

/**
 * The registration bodies, derived from the command definitions (docs/ARCHITECTURE.md). Hidden options are set
 * by buttons only and never registered; Discord wants required options before optional ones. No
 * default_member_permissions, even on /digest: status and preview are for everyone, and the
 * dispatcher refuses a change from someone who is not an admin, saying why.
 */
export function discordCommandData(commands: readonly Command[]): CommandData[] {
  return commands.map((command) => {
    const visible = command.options.filter((option) => !option.hidden);
    const ordered = [...visible.filter((option) => option.required), ...visible.filter((option) => !option.required)];
    return {
      type: ApplicationCommandType.ChatInput,
      name: command.name,
      description: description(command.description),
      options: ordered.map(optionData),
    };
  });
}

/** Everything `discord-register` puts in one PUT: the slash commands, then the message context-menu commands. */
export function discordRegistrationBody(commands: readonly Command[], names: CommandNames = PLAIN_NAMES): (CommandData | MessageMenuData)[] {
  return [...discordCommandData(names.declared(commands)), ...messageMenuData(commands)];
}
